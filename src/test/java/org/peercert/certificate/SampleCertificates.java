package org.peercert.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Certificate data for tests that need the PDF alone, without the service. */
final class SampleCertificates {

    static final String NAME = "María José Ortiz-Núñez";
    static final String URL_BASE = "https://training.example.org/verify/";

    private SampleCertificates() {
    }

    static CertificateData withNumber(CertificateNumber number) {
        return new CertificateData(number.formatted(), NAME,
                "Kentucky Adult Peer Support Specialist Core Training",
                "Kentucky Adult Peer Support Specialist (908 KAR 2:220)", new BigDecimal("30"), 60,
                List.of("in person", "live video (two-way audio and video)", "self-paced online"),
                LocalDate.of(2027, 1, 5), LocalDate.of(2027, 2, 2), LocalDate.of(2027, 2, 9), LocalDate.of(2027, 2, 10),
                LocalDate.of(2029, 2, 10), LocalDate.of(2028, 2, 10),
                "3f2a9c0d1e4b5a6978c0d1e2f3a4b5c6d7e8f90112233445566778899aabbccd", URL_BASE + number.compact(),
                Instant.parse("2027-02-10T15:30:00Z"), new CertificateData.Issuer("Bluegrass Recovery Training Center",
                "DBHDID-PSS-0042", "Pat Lindqvist", "Training Director", demoSignature()));
    }

    static byte[] demoSignature() {
        try (InputStream in = SampleCertificates.class.getResourceAsStream("/certificate/demo-signature.png")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

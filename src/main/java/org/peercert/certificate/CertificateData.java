package org.peercert.certificate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a certificate prints, decided before the PDF is drawn. Dates are the provider's
 * calendar dates; {@code expiresOn} and {@code ceDueOn} are null where the course sets none.
 *
 * @param deliveryFormats the formats as printed, e.g. "in person", "live video"
 * @param contentVersion  the course's content version (SHA-256 over its files) at issue
 * @param verificationUrl where the QR code leads: {@code <LMS_PUBLIC_URL>/verify/<number>}
 */
public record CertificateData(String number, String legalName, String courseTitle, String credential,
                              BigDecimal creditHours, int hourMinutes, List<String> deliveryFormats,
                              LocalDate trainingStartedOn, LocalDate trainingEndedOn, LocalDate completedOn,
                              LocalDate issuedOn, LocalDate expiresOn, LocalDate ceDueOn, String contentVersion,
                              String verificationUrl, Instant issuedAt, Issuer issuer) {

    /**
     * Who issues it: the provider with its approval number, and the person who signs for it.
     *
     * @param signaturePng the authorised signature as a PNG image
     */
    public record Issuer(String providerName, String approvalNumber, String signatoryName, String signatoryTitle,
                         byte[] signaturePng) {
    }
}

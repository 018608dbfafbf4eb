package org.peercert.certificate;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A certificate for its holder and for staff over the API: what verification shows, plus the
 * holder's account, the file's SHA-256 and where to download it.
 */
public record CertificateView(String number, String traineeSubject, String courseId, String contentVersion,
                              String sha256, Instant issuedAt, Verification verification, Links links) {

    /** Where the stored files are. */
    public record Links(String pdf, String credential, String verification) {
    }

    static CertificateView of(Certificate c, Verification verification) {
        String api = "/api/certificates/" + c.number;
        return new CertificateView(c.formattedNumber(), c.traineeSubject, c.courseId, c.contentVersion, c.sha256,
                c.issuedAt, verification, new Links(api + "/pdf", api + "/credential", "/verify/" + c.number));
    }

    public LocalDate issuedOn() {
        return verification.issuedOn();
    }
}

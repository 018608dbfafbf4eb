package org.peercert.certificate;

import java.time.LocalDate;

/** A certificate's standing today: revoked outranks expired. */
public enum CertificateStatus {
    VALID, EXPIRED, REVOKED;

    /** Expired from the day after the expiry date, in the provider's calendar. */
    public static CertificateStatus of(Certificate certificate, CertificateRevocation revocation, LocalDate today) {
        if (revocation != null) {
            return REVOKED;
        }
        if (certificate.expiresOn != null && today.isAfter(certificate.expiresOn)) {
            return EXPIRED;
        }
        return VALID;
    }
}

package org.peercert.certificate;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.peercert.course.DeliveryFormat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * What anyone may learn about a certificate from its number: its status and what it states. No
 * other personal data: not the account, not who issued or revoked it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Verification(String number, CertificateStatus status, String statusText, String name, String course,
                           String credential, String creditHours, int hourMinutes, List<String> deliveryFormats,
                           LocalDate trainingStartedOn, LocalDate trainingEndedOn, LocalDate completedOn,
                           LocalDate issuedOn, LocalDate expiresOn, LocalDate continuingEducationDueOn, String provider,
                           String providerApprovalNumber, Revocation revocation) {

    /** When and why a certificate was revoked. */
    public record Revocation(LocalDate revokedOn, Instant revokedAt, String reason) {
    }

    static Verification of(Certificate c, CertificateRevocation revocation, CertificateStatus status, LocalDate revokedOn) {
        return new Verification(c.formattedNumber(), status, statusText(c, revocation, status, revokedOn), c.legalName,
                c.courseTitle, c.credential, c.creditHours.stripTrailingZeros().toPlainString(), c.hourMinutes,
                formats(c.deliveryFormats), c.trainingStartedOn, c.trainingEndedOn, c.completedOn, c.issuedOn, c.expiresOn,
                c.ceDueOn, c.providerName, c.approvalNumber,
                revocation == null ? null : new Revocation(revokedOn, revocation.revokedAt, revocation.reason));
    }

    private static String statusText(Certificate c, CertificateRevocation revocation, CertificateStatus status,
                                     LocalDate revokedOn) {
        return switch (status) {
            case VALID -> "Valid: issued by " + c.providerName + " on " + LocalDates.printed(c.issuedOn)
                    + (c.expiresOn == null ? ", with no expiry date." : ", valid until " + LocalDates.printed(c.expiresOn) + ".");
            case EXPIRED -> "Expired on " + LocalDates.printed(c.expiresOn) + ". It was issued by " + c.providerName
                    + " on " + LocalDates.printed(c.issuedOn) + ".";
            case REVOKED -> "Revoked by " + c.providerName + " on " + LocalDates.printed(revokedOn) + ". Reason: "
                    + revocation.reason;
        };
    }

    private static List<String> formats(String codes) {
        return Arrays.stream(codes.split(",")).map(code -> Arrays.stream(DeliveryFormat.values())
                .filter(f -> f.code().equals(code)).findFirst().map(CertificateMaker::printed).orElse(code)).toList();
    }
}

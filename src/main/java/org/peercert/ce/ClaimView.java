package org.peercert.ce;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An outside-CE claim with its answer, as pages and the API show it (without the file's bytes). */
public record ClaimView(long id, String traineeSubject, String legalName, String title, String provider, BigDecimal hours,
                        LocalDate completedOn, String fileName, String fileSha256, Instant submittedAt, String status,
                        String reason, String decidedByName, Instant decidedAt) {

    public static final String PENDING = "pending";
    public static final String APPROVED = "approved";
    public static final String REJECTED = "rejected";

    public static ClaimView of(OutsideCeClaim claim) {
        OutsideCeDecision decision = OutsideCeDecision.of(claim.id).orElse(null);
        String status = decision == null ? PENDING : decision.approved ? APPROVED : REJECTED;
        return new ClaimView(claim.id, claim.traineeSubject, claim.legalName, claim.title, claim.provider, claim.hours,
                claim.completedOn, claim.fileName, claim.fileSha256, claim.submittedAt, status,
                decision == null ? null : decision.reason, decision == null ? null : decision.decidedByName,
                decision == null ? null : decision.decidedAt);
    }

    public boolean pending() {
        return PENDING.equals(status);
    }
}

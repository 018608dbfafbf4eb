package org.peercert.ce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.peercert.hours.HoursEntry;
import org.peercert.hours.HoursSource;
import org.peercert.people.Actor;
import org.peercert.audit.AuditLog;
import org.peercert.audit.Audited;
import org.peercert.web.UserFacingException;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * Outside CE: a specialist claims CE done elsewhere with its certificate; an admin approves it,
 * which posts an {@code outside-ce} line to the ledger, or rejects it with a reason. Each claim
 * is answered once.
 */
@ApplicationScoped
@Transactional
public class OutsideCeService {

    /** Ledger lines of outside CE are kept under this id, which no course folder can have. */
    public static final String LEDGER_COURSE = "_outside-ce";
    static final String LEDGER_COMPETENCY = "continuing-education";

    /** What the specialist says about the CE they did. */
    public record Claim(@NotBlank(message = "enter the training's title") @Size(max = 255) String title,
                        @NotBlank(message = "enter who provided the training") @Size(max = 255) String provider,
                        @NotNull(message = "enter the CE hours on the certificate")
                        @DecimalMin(value = "0.25", message = "enter at least 0.25 hours")
                        @DecimalMax(value = "40", message = "enter at most 40 hours for one training") BigDecimal hours,
                        @NotNull(message = "enter the completion date on the certificate")
                        @PastOrPresent(message = "the completion date cannot be in the future") LocalDate completedOn) {
    }

    /** An admin's answer: approve, or reject with a reason. */
    public record Decision(boolean approved, String reason) {
    }

    private final EntityManager entities;
    private final AuditLog audit;

    public OutsideCeService(EntityManager entities, AuditLog audit) {
        this.entities = entities;
        this.audit = audit;
    }

    public OutsideCeClaim submit(String trainee, @Valid Claim claim, CertificateFile file) {
        SpecialistRecord specialist = SpecialistRecord.current(trainee).orElseThrow(() -> new UserFacingException(409,
                "PeerCert does not know you as a certified specialist yet, so there is no CE year to count toward. "
                        + "Ask your training provider's admin to record your certification."));
        OutsideCeClaim row = new OutsideCeClaim();
        row.traineeSubject = trainee;
        row.legalName = specialist.legalName;
        row.title = claim.title().trim();
        row.provider = claim.provider().trim();
        row.hours = claim.hours();
        row.completedOn = claim.completedOn();
        row.fileName = file.fileName();
        row.contentType = file.contentType();
        row.fileBytes = file.bytes();
        row.fileSha256 = sha256(file.bytes());
        row.submittedAt = Instant.now();
        row.persist();
        audit.record(Audited.of("outside-ce.claimed").trainee(trainee).record("outside_ce_claim", row.id)
                .with("title", row.title).with("provider", row.provider).with("hours", row.hours)
                .with("completedOn", row.completedOn).with("fileSha256", row.fileSha256));
        return row;
    }

    public OutsideCeDecision decide(long claimId, Decision decision, Actor admin) {
        OutsideCeClaim claim = OutsideCeClaim.<OutsideCeClaim>findByIdOptional(claimId)
                .orElseThrow(() -> new UserFacingException(404, "There is no outside-CE claim #" + claimId + "."));
        // Lock the claim so that two admins answering at once are serialised; the second sees the first.
        // (The entity is immutable, so the row lock is taken with SQL.)
        entities.createNativeQuery("SELECT id FROM outside_ce_claim WHERE id = ?1 FOR UPDATE").setParameter(1, claimId)
                .getSingleResult();
        if (OutsideCeDecision.of(claimId).isPresent()) {
            throw new UserFacingException(409, "Claim #" + claimId + " has already been answered; its answer stands.");
        }
        String reason = decision.reason() == null ? null : decision.reason().trim();
        if (!decision.approved() && (reason == null || reason.isEmpty())) {
            throw new UserFacingException(400, "reason: say why the claim is rejected; the specialist sees it.");
        }
        OutsideCeDecision answer = new OutsideCeDecision();
        answer.claimId = claimId;
        answer.approved = decision.approved();
        answer.reason = reason == null || reason.isEmpty() ? null : reason;
        answer.decidedBy = admin.subject();
        answer.decidedByName = admin.name();
        answer.decidedAt = Instant.now();
        if (decision.approved()) {
            answer.hoursEntryId = post(claim, admin).id;
        }
        answer.persist();
        audit.record(Audited.of(answer.approved ? "outside-ce.approved" : "outside-ce.rejected").trainee(claim.traineeSubject)
                .record("outside_ce_decision", claimId).with("reason", answer.reason).with("hoursEntryId", answer.hoursEntryId));
        return answer;
    }

    private HoursEntry post(OutsideCeClaim claim, Actor admin) {
        int minutes = claim.hours.multiply(BigDecimal.valueOf(60)).setScale(0, java.math.RoundingMode.HALF_UP).intValueExact();
        HoursEntry entry = HoursEntry.line(claim.traineeSubject, LEDGER_COURSE, LEDGER_COMPETENCY, HoursSource.OUTSIDE_CE,
                minutes, "outside CE claim #" + claim.id + ": " + claim.title + ", " + claim.provider + ", completed "
                        + claim.completedOn + ", " + claim.hours.stripTrailingZeros().toPlainString() + " h; certificate sha256 "
                        + claim.fileSha256 + "; approved by " + admin.name(), admin);
        entry.persist();
        return entry;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

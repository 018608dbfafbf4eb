package org.peercert.exam;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.peercert.people.Actor;
import org.peercert.audit.AuditLog;
import org.peercert.audit.Audited;
import org.peercert.people.PeopleDirectory;
import org.peercert.web.UserFacingException;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An admin grants a trainee extra time: a multiplier on the time limit of every attempt the
 * trainee starts from now on (attempts already running keep their deadline). Changing it, or
 * ending it with 1, is a new grant with its reason.
 */
@ApplicationScoped
@Transactional
public class AccommodationService {

    /** What an admin asks for. */
    public record Grant(String username, BigDecimal timeMultiplier, String reason) {
    }

    private final PeopleDirectory people;
    private final AuditLog audit;

    public AccommodationService(PeopleDirectory people, AuditLog audit) {
        this.people = people;
        this.audit = audit;
    }

    public Accommodation grant(Grant grant, Actor admin) {
        if (grant == null || grant.username() == null || grant.username().isBlank()) {
            throw new UserFacingException(400, "username: name the trainee's account.");
        }
        BigDecimal multiplier = grant.timeMultiplier();
        if (multiplier == null || multiplier.compareTo(BigDecimal.ONE) < 0 || multiplier.compareTo(BigDecimal.TEN) > 0
                || multiplier.stripTrailingZeros().scale() > 2) {
            throw new UserFacingException(400, "timeMultiplier: give a number from 1 to 10 with at most two decimals, "
                    + "for example 1.5 for time and a half (1 ends an accommodation).");
        }
        if (grant.reason() == null || grant.reason().isBlank()) {
            throw new UserFacingException(400, "reason: say why, for example the documented accommodation it rests on.");
        }
        String subject = people.subjectOf(grant.username().trim()).orElseThrow(() -> new UserFacingException(404,
                "No account has the username \"" + grant.username().trim() + "\". Check the spelling."));
        Accommodation row = new Accommodation();
        row.traineeSubject = subject;
        row.traineeName = people.legalName(subject).orElse(grant.username().trim());
        row.timeMultiplier = multiplier.setScale(2, java.math.RoundingMode.UNNECESSARY);
        row.reason = grant.reason().trim();
        row.grantedBy = admin.subject();
        row.grantedByName = admin.name();
        row.grantedAt = ExamTime.now();
        row.persist();
        audit.record(Audited.of("exam.accommodation-granted").trainee(subject).record("exam_accommodation", row.id)
                .with("legalName", row.traineeName).with("timeMultiplier", row.timeMultiplier).with("reason", row.reason));
        return row;
    }
}

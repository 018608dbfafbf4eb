package org.peercert.hours;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.peercert.audit.AuditLog;
import org.peercert.audit.Audited;
import org.peercert.course.Course;
import org.peercert.people.Actor;
import org.peercert.web.UserFacingException;

/**
 * An admin's correction of the ledger: always a new line, with a reason, never a change to an
 * old one. It may point at the line it corrects.
 */
@ApplicationScoped
@Transactional
public class AdjustmentService {

    private final AuditLog audit;

    public AdjustmentService(AuditLog audit) {
        this.audit = audit;
    }

    /** What an admin asks for: minutes (negative to take off), the competency, and why. */
    public record Adjustment(String competencyId, int minutes, String reason, Long correctsEntry) {
    }

    public HoursEntry adjust(String trainee, Course course, Adjustment adjustment, Actor admin) {
        if (course.competencies().stream().noneMatch(c -> c.id().equals(adjustment.competencyId()))) {
            throw new UserFacingException(400, "competencyId: " + course.title() + " has no competency \""
                    + adjustment.competencyId() + "\".");
        }
        if (adjustment.minutes() == 0) {
            throw new UserFacingException(400, "minutes: an adjustment of 0 minutes changes nothing.");
        }
        if (adjustment.reason() == null || adjustment.reason().isBlank()) {
            throw new UserFacingException(400, "reason: say why the ledger is corrected; it is kept as evidence.");
        }
        Long corrects = adjustment.correctsEntry();
        if (corrects != null && HoursEntry.<HoursEntry>findByIdOptional(corrects)
                .filter(e -> e.traineeSubject.equals(trainee) && e.courseId.equals(course.id())).isEmpty()) {
            throw new UserFacingException(400, "correctsEntry: no line " + corrects + " in this trainee's ledger for "
                    + course.title() + ".");
        }
        HoursEntry entry = HoursEntry.line(trainee, course.id(), adjustment.competencyId(), HoursSource.ADJUSTMENT,
                adjustment.minutes(), "correction by " + admin.name(), admin);
        entry.reason = adjustment.reason().trim();
        entry.correctsEntry = adjustment.correctsEntry();
        entry.persist();
        audit.record(Audited.of("hours.correction").trainee(trainee).course(course.id()).record("hours_entry", entry.id)
                .with("competencyId", entry.competencyId).with("minutes", entry.minutes).with("reason", entry.reason)
                .with("correctsEntry", entry.correctsEntry));
        return entry;
    }
}

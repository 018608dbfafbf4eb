package org.peercert.hours;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.peercert.audit.AuditLog;
import org.peercert.audit.Audited;
import org.peercert.course.Course;
import org.peercert.course.Module;
import org.peercert.people.Actor;

import java.time.Instant;

/**
 * Credits a self-paced module at its catalog hours, once, when the trainee has been measured
 * reading it for its minimum minutes and has passed its knowledge check (if it has one).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ModuleCredit {

    private final AuditLog audit;

    public ModuleCredit(AuditLog audit) {
        this.audit = audit;
    }

    private static final Actor SERVER = new Actor("peercert", "PeerCert seat-time measurement");

    public boolean tryComplete(String trainee, Course course, Module module) {
        return tryComplete(trainee, course, module, ActivityBeat.moduleMs(trainee, course.id(), module.slug()));
    }

    /** As above, with the module's measured time already summed (by the beat that just added to it). */
    public boolean tryComplete(String trainee, Course course, Module module, long measuredMs) {
        if (measuredMs < module.minimumMinutes() * 60_000L) {
            return false;
        }
        if (ModuleCompletion.exists(trainee, course.id(), module.slug())) {
            return false;
        }
        if (!module.knowledgeCheck().isEmpty() && !KnowledgeCheckAttempt.passed(trainee, course.id(), module.slug())) {
            return false;
        }
        int minutes = HoursLedger.minutes(module.hours(), course.hourMinutes());
        HoursEntry entry = HoursEntry.line(trainee, course.id(), module.competency(), HoursSource.SELF_PACED, minutes,
                "self-paced module " + module.slug() + ": " + measuredMs / 60_000 + " minutes measured in activity beats"
                        + (module.knowledgeCheck().isEmpty() ? "" : ", knowledge check passed"), SERVER);
        entry.moduleSlug = module.slug();
        entry.persist();
        ModuleCompletion completion = new ModuleCompletion();
        completion.key = new ModuleCompletion.Key(trainee, course.id(), module.slug());
        completion.hoursEntryId = entry.id;
        completion.completedAt = Instant.now();
        completion.persistAndFlush(); // the primary key refuses a second credit under concurrency
        audit.recordBySystem(Audited.of("hours.self-paced").trainee(trainee).course(course.id()).record("hours_entry", entry.id)
                .with("module", module.slug()).with("minutes", minutes).with("evidence", entry.evidence));
        return true;
    }
}

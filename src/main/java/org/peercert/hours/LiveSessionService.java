package org.peercert.hours;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.peercert.audit.AuditLog;
import org.peercert.audit.Audited;
import org.peercert.course.Course;
import org.peercert.course.DeliveryFormat;
import org.peercert.people.Actor;
import org.peercert.trainee.Enrolment;
import org.peercert.web.UserFacingException;

import java.time.Instant;
import java.util.List;

/**
 * Live sessions from schedule to ledger: an instructor schedules a session with its roster,
 * records who was there from when to when, and closes attendance once, which posts each
 * trainee's partial or full credit to the ledger with the attendance as evidence.
 */
@ApplicationScoped
@Transactional
public class LiveSessionService {

    private final AuditLog audit;

    public LiveSessionService(AuditLog audit) {
        this.audit = audit;
    }

    /** What an instructor schedules. Times are instants (UTC). */
    public record Schedule(String competencyId, String title, Instant startsAt, Instant endsAt, String format,
                           String location, String videoLink, List<String> rosterSubjects) {
    }

    public LiveSession schedule(Course course, Schedule s, Actor instructor) {
        SessionRules.check(course, s);
        LiveSession session = new LiveSession();
        session.courseId = course.id();
        session.competencyId = s.competencyId();
        session.title = s.title().trim();
        session.startsAt = s.startsAt();
        session.endsAt = s.endsAt();
        session.format = s.format();
        session.location = blankToNull(s.location());
        session.videoLink = blankToNull(s.videoLink());
        session.instructorSubject = instructor.subject();
        session.instructorName = instructor.name();
        session.createdAt = Instant.now();
        session.persist();
        for (String trainee : s.rosterSubjects().stream().distinct().toList()) {
            Enrolment enrolment = Enrolment.of(trainee, course.id()).orElseThrow(() -> new UserFacingException(400,
                    "rosterSubjects: " + trainee + " is not enrolled in " + course.title() + "."));
            RosterEntry entry = new RosterEntry();
            entry.sessionId = session.id;
            entry.traineeSubject = trainee;
            entry.legalName = enrolment.legalName;
            entry.persist();
        }
        audit.record(Audited.of("live-session.scheduled").course(course.id()).record("live_session", session.id)
                .with("title", session.title).with("competencyId", session.competencyId).with("startsAt", session.startsAt)
                .with("endsAt", session.endsAt).with("format", session.format).with("roster", s.rosterSubjects()));
        return session;
    }

    public Attendance record(LiveSession session, String trainee, Instant joined, Instant left, Actor by) {
        refuseIfClosed(session);
        if (!RosterEntry.contains(session.id, trainee)) {
            throw new UserFacingException(400, "traineeSubject: this trainee is not on the session's roster.");
        }
        if (joined == null || left == null || !left.isAfter(joined)) {
            throw new UserFacingException(400, "leftAt: the leave time must come after the join time.");
        }
        Attendance attendance = new Attendance();
        attendance.sessionId = session.id;
        attendance.traineeSubject = trainee;
        attendance.joinedAt = joined;
        attendance.leftAt = left;
        attendance.recordedBy = by.subject();
        attendance.recordedByName = by.name();
        attendance.recordedAt = Instant.now();
        attendance.persist();
        audit.record(Audited.of("attendance.recorded").trainee(trainee).course(session.courseId).record("attendance", attendance.id)
                .with("sessionId", session.id).with("joinedAt", joined).with("leftAt", left));
        return attendance;
    }

    /** Closes attendance and posts the credit. A second close is refused; so is one before the start. */
    public List<HoursEntry> close(LiveSession session, Actor by) {
        refuseIfClosed(session);
        if (Instant.now().isBefore(session.startsAt)) {
            throw new UserFacingException(409, "The session has not started yet; close attendance after it.");
        }
        AttendanceClosure closure = new AttendanceClosure();
        closure.sessionId = session.id;
        closure.closedBy = by.subject();
        closure.closedByName = by.name();
        closure.closedAt = Instant.now();
        closure.persistAndFlush(); // the primary key makes a concurrent second close fail here
        List<HoursEntry> credit = new SessionCredit(session, by).post();
        for (HoursEntry entry : credit) {
            audit.record(Audited.of("hours.live-session").trainee(entry.traineeSubject).course(entry.courseId)
                    .record("hours_entry", entry.id).with("sessionId", session.id).with("competencyId", entry.competencyId)
                    .with("minutes", entry.minutes).with("evidence", entry.evidence));
        }
        audit.record(Audited.of("attendance.closed").course(session.courseId).record("attendance_closure", session.id)
                .with("entriesPosted", credit.size()));
        return credit;
    }

    private static void refuseIfClosed(LiveSession session) {
        AttendanceClosure.<AttendanceClosure>findByIdOptional(session.id).ifPresent(c -> {
            throw new UserFacingException(409, "Attendance for this session was closed by " + c.closedByName
                    + "; record a correction on the trainee's ledger instead.");
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static boolean isLive(String format) {
        return DeliveryFormat.IN_PERSON.code().equals(format) || DeliveryFormat.LIVE_VIDEO.code().equals(format);
    }
}

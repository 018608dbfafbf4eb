package org.peercert.hours;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.peercert.config.LmsConfig;
import org.peercert.audit.AuditLog;
import org.peercert.audit.Audited;
import org.peercert.web.UserFacingException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Trainees check in and out of a live session with the code the instructor shows. A code works
 * only while the session runs and only for its roster; wrong codes are counted, and after a few
 * the trainee must wait. At closure, each check-in up to the next check-out is presence.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = UserFacingException.class)
public class CheckInService {

    private static final Duration GUESS_WINDOW = Duration.ofMinutes(10);

    private final CheckInCode codes;
    private final LmsConfig config;
    private final AuditLog audit;

    public CheckInService(CheckInCode codes, LmsConfig config, AuditLog audit) {
        this.codes = codes;
        this.config = config;
        this.audit = audit;
    }

    public CheckIn checkIn(LiveSession session, String trainee, String direction, String code, String address) {
        if (!RosterEntry.contains(session.id, trainee)) {
            throw new UserFacingException(404, "You are not on the roster of this session.");
        }
        Instant now = Instant.now();
        if (now.isBefore(session.startsAt) || now.isAfter(session.endsAt)) {
            throw new UserFacingException(409, "Check-in codes work only while the session runs.");
        }
        if (AttendanceClosure.findById(session.id) != null) {
            throw new UserFacingException(409, "Attendance for this session is closed.");
        }
        if (CheckIn.wrongSince(session.id, trainee, now.minus(GUESS_WINDOW)) >= config.checkIn().wrongCodesAllowed()) {
            throw new TooManyTries("Too many wrong codes: wait ten minutes, or ask the instructor to record you.");
        }
        CheckIn attempt = new CheckIn();
        attempt.sessionId = session.id;
        attempt.traineeSubject = trainee;
        attempt.direction = "out".equals(direction) ? "out" : "in";
        attempt.accepted = codes.accepts(session.id, code, now);
        attempt.at = now;
        attempt.clientAddress = address;
        attempt.persist();
        if (!attempt.accepted) {
            throw new UserFacingException(400, "code: that is not the code shown now; check the screen and type it again.");
        }
        audit.record(Audited.of("attendance.check-" + attempt.direction).trainee(trainee).course(session.courseId)
                .record("check_in", attempt.id).with("sessionId", session.id).with("at", now));
        return attempt;
    }

    /** Each accepted check-in, up to the trainee's next accepted check-out, as presence. */
    static List<AttendanceCredit.Presence> presences(List<CheckIn> accepted) {
        List<AttendanceCredit.Presence> presences = new ArrayList<>();
        Instant in = null;
        for (CheckIn c : accepted) {
            if ("in".equals(c.direction) && in == null) {
                in = c.at;
            } else if ("out".equals(c.direction) && in != null) {
                presences.add(new AttendanceCredit.Presence(in, c.at));
                in = null;
            }
        }
        return presences;
    }

    /** A refusal that asks the client to wait: 429 with Retry-After. */
    public static final class TooManyTries extends UserFacingException {
        public TooManyTries(String message) {
            super(429, message);
        }
    }
}

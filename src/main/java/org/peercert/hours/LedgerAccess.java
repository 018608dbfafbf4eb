package org.peercert.hours;

import jakarta.enterprise.context.RequestScoped;
import org.peercert.people.Roles;
import org.peercert.trainee.Enrolment;
import org.peercert.web.CurrentUser;
import org.peercert.web.UserFacingException;

/**
 * Who may read which training record: trainees their own; instructors those on the rosters of
 * their own sessions in that course; reviewers and admins any. Anything else answers 404, the same
 * as a record that does not exist, so nobody learns who is enrolled where.
 */
@RequestScoped
public class LedgerAccess {

    private final CurrentUser user;

    public LedgerAccess(CurrentUser user) {
        this.user = user;
    }

    public Enrolment visibleEnrolment(String trainee, String courseId) {
        if (!mayRead(trainee, courseId)) {
            throw notFound();
        }
        return Enrolment.of(trainee, courseId).orElseThrow(LedgerAccess::notFound);
    }

    /** Whether the caller may read this trainee's records in this course (the same rule for every record). */
    public boolean mayRead(String trainee, String courseId) {
        if (user.has(Roles.ADMIN) || user.has(Roles.REVIEWER) || trainee.equals(user.subject())) {
            return true;
        }
        return user.has(Roles.INSTRUCTOR) && LiveSession.count("from LiveSession s where s.courseId = ?1 "
                + "and s.instructorSubject = ?2 and exists (from RosterEntry r where r.sessionId = s.id "
                + "and r.traineeSubject = ?3)", courseId, user.subject(), trainee) > 0;
    }

    private static UserFacingException notFound() {
        return new UserFacingException(404, "There is no such training record.");
    }
}

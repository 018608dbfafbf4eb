package org.peercert.exam;

import jakarta.enterprise.context.RequestScoped;
import org.peercert.hours.LedgerAccess;
import org.peercert.people.Roles;
import org.peercert.web.CurrentUser;
import org.peercert.web.UserFacingException;

/**
 * Who may see which attempt: a trainee their own; for results, staff who may read the trainee's
 * records in that course (the ledger's rule). Anything else answers 404, as if it did not exist.
 */
@RequestScoped
public class ExamAccess {

    private final CurrentUser user;
    private final LedgerAccess ledgerAccess;
    private final ExamMessages msg;

    public ExamAccess(CurrentUser user, LedgerAccess ledgerAccess, ExamMessages msg) {
        this.user = user;
        this.ledgerAccess = ledgerAccess;
        this.msg = msg;
    }

    public ExamAttempt own(long attemptId) {
        return ExamAttempt.<ExamAttempt>findByIdOptional(attemptId).filter(a -> a.traineeSubject.equals(user.subject()))
                .orElseThrow(this::notFound);
    }

    /** An attempt whose result the caller may read. */
    public ExamAttempt readable(long attemptId) {
        ExamAttempt attempt = ExamAttempt.<ExamAttempt>findByIdOptional(attemptId).orElseThrow(this::notFound);
        if (attempt.traineeSubject.equals(user.subject()) || isStaff() && ledgerAccess.mayRead(attempt.traineeSubject, attempt.courseId)) {
            return attempt;
        }
        throw notFound();
    }

    public boolean isStaff() {
        return user.has(Roles.INSTRUCTOR) || user.has(Roles.REVIEWER) || user.has(Roles.ADMIN);
    }

    public boolean mayRead(String trainee, String courseId) {
        return ledgerAccess.mayRead(trainee, courseId);
    }

    private UserFacingException notFound() {
        return new UserFacingException(404, msg.exam_no_such_attempt());
    }
}

package org.peercert.exam;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What later steps of the trainee's path ask of the exam feature: has this trainee passed this
 * course's written exam (certification courses) or post-test (the others), when, and with which
 * attempt. The oral exam opens on it; certificates require it.
 */
@ApplicationScoped
public class WrittenExams {

    /** A passed written exam or post-test: the first passing attempt. */
    public record Pass(long attemptId, ExamKind kind, Instant passedAt, BigDecimal scorePercent) {
    }

    private final ExamStatuses statuses;

    public WrittenExams(ExamStatuses statuses) {
        this.statuses = statuses;
    }

    /**
     * The trainee's pass of the course's written exam or post-test, if any. An attempt whose time
     * ran out is finalised first, so a pass never waits for the background sweep. Call it outside
     * a transaction that holds exam locks.
     */
    @ActivateRequestContext
    public Optional<Pass> passed(String traineeSubject, String courseId) {
        statuses.finaliseOver(traineeSubject, courseId);
        List<ExamAttempt> attempts = ExamAttempt.of(traineeSubject, courseId);
        for (ExamAttempt attempt : attempts) {
            Optional<ExamSubmission> end = ExamSubmission.of(attempt.id);
            if (end.isPresent() && end.get().passed) {
                return Optional.of(new Pass(attempt.id, ExamKind.ofCode(attempt.examKind), end.get().finalisedAt,
                        end.get().scorePercent));
            }
        }
        return Optional.empty();
    }
}

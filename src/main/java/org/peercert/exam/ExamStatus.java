package org.peercert.exam;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Where a trainee stands with a course's exam, as the home page, the exam page and the API show
 * it. {@code state} is one of the {@link State} codes; {@code explanation} says it in a sentence.
 */
public record ExamStatus(String courseId, String courseTitle, String kind, String state, String explanation,
                         int attemptsUsed, int attemptsAllowed, int questionCount, int timeLimitMinutes,
                         BigDecimal timeMultiplier, int yourTimeLimitMinutes, int passPercent, String eligibility,
                         Instant waitUntil, Long openAttemptId, Instant openDeadline, Long passedAttemptId,
                         Instant passedAt, int hoursRemainingMinutes, List<AttemptSummary> attempts) {

    /** The states an exam can be in for one trainee. */
    public enum State {
        NOT_ENROLLED("not-enrolled"),
        LOCKED("locked"),
        OPEN("open"),
        IN_PROGRESS("in-progress"),
        PASSED("passed"),
        WAITING("waiting"),
        NO_ATTEMPTS_LEFT("no-attempts-left");

        public final String code;

        State(String code) {
            this.code = code;
        }
    }

    /** One attempt in a list: when, and how it ended. Score fields are null while it runs. */
    public record AttemptSummary(long id, int number, Instant startedAt, Instant deadline, Instant finalisedAt,
                                 String how, Integer correct, Integer questions, BigDecimal scorePercent, Boolean passed) {

        static AttemptSummary of(ExamAttempt a, ExamSubmission s) {
            return s == null ? new AttemptSummary(a.id, a.attemptNumber, a.startedAt, a.deadline, null, null, null, null, null, null)
                    : new AttemptSummary(a.id, a.attemptNumber, a.startedAt, a.deadline, s.finalisedAt, s.how, s.correct,
                    s.questions, s.scorePercent, s.passed);
        }

        public boolean finished() {
            return finalisedAt != null;
        }
    }

    public boolean hasState(String code) {
        return state.equals(code);
    }
}

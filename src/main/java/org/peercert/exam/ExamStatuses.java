package org.peercert.exam;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import org.peercert.course.Course;
import org.peercert.hours.HoursLedger;
import org.peercert.hours.Progress;
import org.peercert.trainee.Enrolment;
import org.peercert.web.TimeFormats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.peercert.exam.ExamStatus.State;

/**
 * Works out where a trainee stands with a course's exam, in this order: not enrolled; passed;
 * an attempt running; no attempts left; hours not complete (when the course opens the exam on
 * complete hours); waiting after the last attempt; open. An attempt whose time is over is
 * finalised first, so that the answer never depends on whether the sweep has run yet.
 *
 * <p>Why the finalising comes first, each in its own transaction, before any read: MariaDB's
 * repeatable read fixes a transaction's view at its first plain read, so a read made before
 * another transaction's submission would not see it afterwards.
 */
@ApplicationScoped
public class ExamStatuses {

    private final HoursLedger ledger;
    private final Finalisation finalisation;
    private final ExamMessages msg;

    public ExamStatuses(HoursLedger ledger, Finalisation finalisation, ExamMessages msg) {
        this.ledger = ledger;
        this.finalisation = finalisation;
        this.msg = msg;
    }

    /** Finalises the trainee's attempts whose time is over, then reads; call it outside a transaction. */
    @ActivateRequestContext
    public ExamStatus status(String trainee, CourseExam exam) {
        finaliseOver(trainee, exam.courseId());
        return read(trainee, exam);
    }

    /** Finalises the trainee's attempts in a course whose time, grace included, is over. */
    @ActivateRequestContext
    public void finaliseOver(String trainee, String courseId) {
        Instant now = ExamTime.now();
        for (Long id : ExamAttempt.pastDeadlineOpen(trainee, courseId, now)) {
            finalisation.finaliseIfOver(id, now);
        }
    }

    /** Reads where the trainee stands, within the caller's transaction if there is one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ExamStatus read(String trainee, CourseExam exam) {
        Instant now = ExamTime.now();
        List<ExamAttempt> attempts = ExamAttempt.of(trainee, exam.courseId());
        Map<Long, ExamSubmission> ends = submissions(attempts);
        ExamAttempt open = attempts.stream().filter(a -> !ends.containsKey(a.id) && !a.acceptsUntil().isBefore(now))
                .findFirst().orElse(null);
        Optional<ExamAttempt> passed = attempts.stream().filter(a -> ends.containsKey(a.id) && ends.get(a.id).passed).findFirst();
        boolean enrolled = Enrolment.of(trainee, exam.courseId()).isPresent();
        Progress progress = enrolled ? ledger.progress(trainee, exam.course()) : null;
        Instant waitUntil = waitUntil(exam, attempts, ends);
        State state = state(enrolled, passed.isPresent(), open != null, attempts.size() >= exam.settings().attemptsAllowed(),
                exam.settings().opensWhen() == ExamEligibility.HOURS_COMPLETE && progress != null && !progress.complete(),
                waitUntil != null && now.isBefore(waitUntil));
        BigDecimal multiplier = Accommodation.multiplierOf(trainee);
        int remaining = progress == null ? 0 : progress.remainingMinutes();
        return new ExamStatus(exam.courseId(), exam.title(), exam.kind().code, state.code,
                explain(state, exam, open, passed.map(a -> ends.get(a.id)).orElse(null), waitUntil, remaining),
                attempts.size(), exam.settings().attemptsAllowed(), exam.settings().questionCount(),
                exam.settings().timeLimitMinutes(), multiplier, minutesWith(exam.settings().timeLimitMinutes(), multiplier),
                exam.settings().passMark(), exam.settings().opensWhen() == ExamEligibility.ENROLLED ? "enrolled" : "hours-complete",
                state == State.WAITING ? waitUntil : null, open == null ? null : open.id, open == null ? null : open.deadline,
                passed.map(a -> a.id).orElse(null), passed.map(a -> ends.get(a.id).finalisedAt).orElse(null), remaining,
                attempts.stream().map(a -> ExamStatus.AttemptSummary.of(a, ends.get(a.id))).toList());
    }

    private static State state(boolean enrolled, boolean passed, boolean running, boolean noneLeft, boolean hoursMissing,
                               boolean waiting) {
        if (!enrolled) {
            return State.NOT_ENROLLED;
        }
        if (passed) {
            return State.PASSED;
        }
        if (running) {
            return State.IN_PROGRESS;
        }
        if (noneLeft) {
            return State.NO_ATTEMPTS_LEFT;
        }
        if (hoursMissing) {
            return State.LOCKED;
        }
        return waiting ? State.WAITING : State.OPEN;
    }

    private String explain(State state, CourseExam exam, ExamAttempt open, ExamSubmission passed, Instant waitUntil,
                           int remainingMinutes) {
        String kind = msg.exam_kind_in_sentence(exam.kind().code);
        return switch (state) {
            case NOT_ENROLLED -> msg.exam_state_not_enrolled(exam.title(), kind);
            case LOCKED -> msg.exam_state_locked(kind, hours(remainingMinutes, exam.course().hourMinutes()));
            case OPEN -> msg.exam_state_open(kind, exam.settings().attemptsAllowed());
            case IN_PROGRESS -> msg.exam_state_in_progress(TimeFormats.local(open.deadline));
            case PASSED -> msg.exam_state_passed(kind, TimeFormats.local(passed.finalisedAt));
            case WAITING -> msg.exam_state_waiting(TimeFormats.local(waitUntil));
            case NO_ATTEMPTS_LEFT -> msg.exam_state_no_attempts(exam.settings().attemptsAllowed(), kind);
        };
    }

    /** When the wait after the last finished attempt is over, or null when there is none to wait for. */
    private static Instant waitUntil(CourseExam exam, List<ExamAttempt> attempts, Map<Long, ExamSubmission> ends) {
        if (attempts.isEmpty() || exam.settings().waitHours() == 0) {
            return null;
        }
        ExamAttempt last = attempts.get(attempts.size() - 1);
        ExamSubmission end = ends.get(last.id);
        if (end == null) {
            return null;
        }
        Instant ended = ExamSubmission.DEADLINE.equals(end.how) ? last.deadline : end.finalisedAt;
        return ended.plus(Duration.ofHours(exam.settings().waitHours()));
    }

    private static Map<Long, ExamSubmission> submissions(List<ExamAttempt> attempts) {
        if (attempts.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = new ArrayList<>(attempts.stream().map(a -> a.id).toList());
        return ExamSubmission.<ExamSubmission>list("attemptId in ?1", ids).stream()
                .collect(Collectors.toMap(s -> s.attemptId, Function.identity()));
    }

    /** The time limit with an accommodation, in whole minutes, rounded up: never less than granted. */
    static int minutesWith(int minutes, BigDecimal multiplier) {
        return BigDecimal.valueOf(minutes).multiply(multiplier).setScale(0, RoundingMode.CEILING).intValueExact();
    }

    private static String hours(int minutes, int hourMinutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(hourMinutes), 2, RoundingMode.UP)
                .stripTrailingZeros().toPlainString();
    }
}

package org.peercert.exam;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.peercert.audit.AuditLog;
import org.peercert.audit.Audited;
import org.peercert.config.LmsConfig;
import org.peercert.trainee.Enrolment;
import org.peercert.web.TimeFormats;
import org.peercert.web.UserFacingException;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The life of an attempt: start (draw, deadline), autosave of each answer, submission. Each
 * transaction first locks the row that serialises it (the enrolment for a start, the attempt for
 * the rest), so parallel tabs and devices queue up instead of racing, and reads after the lock
 * see what the previous holder committed.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = AttemptClosed.class)
public class AttemptService {

    /** A started attempt, and whether it was already running (a second tab, a double click). */
    public record Started(ExamAttempt attempt, boolean resumed) {
    }

    /** A saved answer: which question, when, and how long the attempt has left. */
    public record Saved(String questionId, Instant savedAt, long remainingSeconds) {
    }

    private final SecureRandom random = new SecureRandom();
    private final ExamStatuses statuses;
    private final Finalisation finalisation;
    private final LmsConfig config;
    private final ExamMessages msg;
    private final AuditLog audit;

    public AttemptService(ExamStatuses statuses, Finalisation finalisation, LmsConfig config, ExamMessages msg, AuditLog audit) {
        this.audit = audit;
        this.statuses = statuses;
        this.finalisation = finalisation;
        this.config = config;
        this.msg = msg;
    }

    /**
     * Starts an attempt, or returns the one already running (a second tab, a double click).
     * Call {@link ExamStatuses#finaliseOver} first, outside a transaction.
     */
    public Started start(String trainee, CourseExam exam) {
        Enrolment enrolment = lockEnrolment(trainee, exam);
        ExamStatus status = statuses.read(trainee, exam);
        if (status.openAttemptId() != null) {
            return new Started(ExamAttempt.findById(status.openAttemptId()), true);
        }
        if (!status.hasState(ExamStatus.State.OPEN.code)) {
            throw new UserFacingException(409, status.explanation());
        }
        Draw draw = new Drawing(random).draw(exam.course().examBank(), exam.settings().questionsPerCompetency());
        if (draw.items().isEmpty()) {
            throw new UserFacingException(409, msg.exam_no_questions());
        }
        BigDecimal multiplier = Accommodation.multiplierOf(trainee);
        Instant now = ExamTime.now();
        ExamAttempt attempt = new ExamAttempt();
        attempt.traineeSubject = trainee;
        attempt.legalName = enrolment.legalName;
        attempt.courseId = exam.courseId();
        attempt.examKind = exam.kind().code;
        attempt.attemptNumber = status.attemptsUsed() + 1;
        attempt.contentVersion = exam.course().contentVersion();
        attempt.startedAt = now;
        attempt.timeLimitMinutes = exam.settings().timeLimitMinutes();
        attempt.timeMultiplier = multiplier;
        // Never clipped: the accommodation's whole extra time is the trainee's.
        attempt.deadline = now.plus(Duration.ofSeconds(BigDecimal.valueOf(attempt.timeLimitMinutes * 60L)
                .multiply(multiplier).setScale(0, java.math.RoundingMode.CEILING).longValueExact()));
        attempt.graceSeconds = (int) config.exam().gracePeriod().toSeconds();
        attempt.passPercent = exam.settings().passMark();
        attempt.showAnswers = exam.settings().showsAnswers();
        attempt.questionCount = draw.items().size();
        attempt.draw = draw.toJson();
        attempt.persist();
        audit.record(Audited.of("exam.started").trainee(trainee).course(exam.courseId()).record("exam_attempt", attempt.id)
                .with("kind", attempt.examKind).with("attempt", attempt.attemptNumber).with("questions", attempt.questionCount)
                .with("deadline", attempt.deadline).with("timeMultiplier", attempt.timeMultiplier)
                .with("contentVersion", attempt.contentVersion));
        return new Started(attempt, false);
    }

    /** Saves one answer of the trainee's own attempt. */
    public Saved save(String trainee, long attemptId, String questionId, Answer answer) {
        ExamAttempt attempt = lockOwn(trainee, attemptId);
        Instant now = ExamTime.now();
        refuseIfClosed(attempt, now);
        Draw.Item item = Draw.fromJson(attempt.draw).item(questionId).orElseThrow(() -> new UserFacingException(422,
                msg.exam_no_such_question(questionId == null ? "" : questionId)));
        AnswerRules.check(item, answer);
        append(attempt, item.key(), answer, now);
        return new Saved(item.key(), now, remainingSeconds(attempt, now));
    }

    /**
     * Saves the answers a whole form carries (where they differ from what is saved), for pages
     * without script. Refused as a whole if the attempt is over or an answer names a foreign id.
     */
    public int saveAll(String trainee, long attemptId, Map<String, Answer> answers) {
        ExamAttempt attempt = lockOwn(trainee, attemptId);
        Instant now = ExamTime.now();
        refuseIfClosed(attempt, now);
        Draw draw = Draw.fromJson(attempt.draw);
        SavedAnswers saved = SavedAnswers.of(attempt.id);
        int changed = 0;
        for (Draw.Item item : draw.items()) {
            Answer answer = answers.getOrDefault(item.key(), Answer.NONE);
            AnswerRules.check(item, answer);
            if (!answer.equals(saved.of(item.key()))) {
                append(attempt, item.key(), answer, now);
                changed++;
            }
        }
        return changed;
    }

    /**
     * Ends the trainee's attempt and scores it. Idempotent: a second call returns the first
     * result. After the deadline and its grace the attempt is finalised as at the deadline.
     */
    public ExamSubmission submit(String trainee, long attemptId) {
        ExamAttempt attempt = lockOwn(trainee, attemptId);
        Instant now = ExamTime.now();
        String how = now.isAfter(attempt.acceptsUntil()) ? ExamSubmission.DEADLINE : ExamSubmission.SUBMITTED;
        return finalisation.finalise(attempt, how, now);
    }

    private void refuseIfClosed(ExamAttempt attempt, Instant now) {
        ExamSubmission done = ExamSubmission.<ExamSubmission>findByIdOptional(attempt.id).orElse(null);
        if (done != null && ExamSubmission.DEADLINE.equals(done.how)) {
            throw new AttemptClosed(msg.exam_closed_deadline(TimeFormats.local(attempt.deadline)));
        }
        if (done != null) {
            throw new AttemptClosed(msg.exam_closed_submitted(TimeFormats.local(done.finalisedAt)));
        }
        if (now.isAfter(attempt.acceptsUntil())) {
            finalisation.finalise(attempt, ExamSubmission.DEADLINE, now);
            throw new AttemptClosed(msg.exam_closed_deadline(TimeFormats.local(attempt.deadline)));
        }
    }

    private static void append(ExamAttempt attempt, String key, Answer answer, Instant now) {
        ExamAnswer row = new ExamAnswer();
        row.attemptId = attempt.id;
        row.itemKey = key;
        row.answer = answer.toJson();
        row.receivedAt = now;
        row.persist();
    }

    private ExamAttempt lockOwn(String trainee, long attemptId) {
        return ExamAttempt.locked(attemptId).filter(a -> a.traineeSubject.equals(trainee))
                .orElseThrow(() -> new UserFacingException(404, msg.exam_no_such_attempt()));
    }

    /** The trainee's enrolment, locked: two starts of the same trainee's exam run one after the other. */
    private Enrolment lockEnrolment(String trainee, CourseExam exam) {
        var locked = Enrolment.getEntityManager().createNativeQuery(
                        "SELECT id FROM enrolment WHERE trainee_subject = ?1 AND course_id = ?2 FOR UPDATE")
                .setParameter(1, trainee).setParameter(2, exam.courseId()).getResultList();
        if (locked.isEmpty()) {
            throw new UserFacingException(409, msg.exam_state_not_enrolled(exam.title(), msg.exam_kind_in_sentence(exam.kind().code)));
        }
        return Enrolment.findById(((Number) locked.get(0)).longValue());
    }

    static long remainingSeconds(ExamAttempt attempt, Instant now) {
        return Math.max(0, Duration.between(now, attempt.deadline).toSeconds());
    }
}

package org.peercert.exam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import org.peercert.audit.AuditLog;
import org.peercert.audit.Audited;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Ends an attempt: marks each drawn question against its latest saved answer with the same
 * {@link Grading} the knowledge checks use, then writes the marks and, last, the submission row.
 * Callers hold the attempt's row lock; a second finalisation finds the first and returns it.
 */
@ApplicationScoped
@Transactional
public class Finalisation {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AuditLog audit;

    public Finalisation(AuditLog audit) {
        this.audit = audit;
    }

    ExamSubmission finalise(ExamAttempt attempt, String how, Instant now) {
        Optional<ExamSubmission> done = ExamSubmission.of(attempt.id);
        if (done.isPresent()) {
            return done.get();
        }
        Draw draw = Draw.fromJson(attempt.draw);
        SavedAnswers saved = SavedAnswers.of(attempt.id);
        List<Score.Mark> marks = new ArrayList<>();
        for (Draw.Item item : draw.items()) {
            List<String> given = AnswerRules.inBankTerms(item, saved.of(item.key()));
            boolean correct = Grading.isCorrect(item.question(), given);
            ItemMark mark = new ItemMark();
            mark.attemptId = attempt.id;
            mark.position = item.position();
            mark.questionId = item.question().id();
            mark.competencyId = item.question().competency();
            mark.correct = correct;
            mark.given = json(given);
            mark.persist();
            marks.add(new Score.Mark(mark.competencyId, correct));
        }
        Score score = Score.of(marks, attempt.passPercent);
        ExamSubmission submission = new ExamSubmission();
        submission.attemptId = attempt.id;
        submission.finalisedAt = now;
        submission.how = how;
        submission.correct = score.correct();
        submission.questions = score.questions();
        submission.scorePercent = score.percent();
        submission.passed = score.passed();
        submission.byCompetency = Score.json(score.byCompetency());
        submission.persist();
        ExamSubmission.getEntityManager().flush();
        Audited event = Audited.of(ExamSubmission.DEADLINE.equals(how) ? "exam.finalised-at-deadline" : "exam.submitted")
                .trainee(attempt.traineeSubject).course(attempt.courseId).record("exam_submission", attempt.id)
                .with("kind", attempt.examKind).with("attempt", attempt.attemptNumber).with("correct", submission.correct)
                .with("questions", submission.questions).with("scorePercent", submission.scorePercent)
                .with("passed", submission.passed).with("byCompetency", submission.byCompetency);
        if (ExamSubmission.DEADLINE.equals(how)) {
            audit.recordBySystem(event); // the clock ended it, whoever's request noticed
        } else {
            audit.record(event);
        }
        return submission;
    }

    /**
     * Finalises one attempt if its time, grace included, is over; in its own transaction, for the
     * sweep. Returns whether it did.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean finaliseIfOver(long attemptId, Instant now) {
        ExamAttempt attempt = ExamAttempt.locked(attemptId).orElse(null);
        if (attempt == null || !attempt.acceptsUntil().isBefore(now) || ExamSubmission.of(attemptId).isPresent()) {
            return false;
        }
        finalise(attempt, ExamSubmission.DEADLINE, now);
        return true;
    }

    /** Attempts past their deadline before {@code before} and not finalised yet, oldest first. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @ActivateRequestContext
    public List<Long> overdue(Instant before, int limit) {
        return ExamAttempt.pastDeadlineOpen(before, limit);
    }

    static String json(List<String> given) {
        try {
            return JSON.writeValueAsString(given);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

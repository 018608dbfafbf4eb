package org.peercert.oral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.peercert.course.Course;
import org.peercert.people.Actor;
import org.peercert.web.TimeFormats;
import org.peercert.audit.AuditLog;
import org.peercert.audit.Audited;
import org.peercert.web.UserFacingException;

import java.util.Map;
import java.util.Optional;

/**
 * Examiners score a booking with the course's rubric, each on their own; a score is final, and a
 * correction is a new score with a reason. When two examiners disagree on pass or fail, an
 * instructor or admin reconciles with a reason. Once the result is settled the booking is released
 * ("examined"), so that a retake can be booked. Scoring locks the booking's row, so that two
 * examiners submitting at once see each other's score and the result is settled exactly once.
 */
@ApplicationScoped
@Transactional
public class ScoringService {

    /** One examiner's points per criterion and feedback; a correction names the score it corrects and why. */
    public record Submission(Map<String, Integer> points, String feedback, Long correctsScore, String reason) {
    }

    /** A reconciler's decision between two disagreeing examiners. */
    public record Decision(Boolean passed, String reason) {
    }

    private final ChangeRules rules;
    private final OralResults results;
    private final OralClock clock;
    private final AuditLog audit;

    public ScoringService(ChangeRules rules, OralResults results, OralClock clock, AuditLog audit) {
        this.audit = audit;
        this.rules = rules;
        this.results = results;
        this.clock = clock;
    }

    public OralScore submit(long bookingId, Submission s, Actor examiner) {
        OralBooking booking = lock(bookingId);
        OralSlot slot = booking.slot();
        if (!OralExaminer.sits(slot.id, examiner.subject())) {
            throw new UserFacingException(403, "Only this exam's examiners score it.");
        }
        if (clock.now().isBefore(slot.startsAt)) {
            throw new UserFacingException(409, "Scores open when the exam starts, at " + TimeFormats.local(slot.startsAt) + ".");
        }
        booking.release().filter(r -> !BookingRelease.EXAMINED.equals(r.kind)).ifPresent(r -> {
            throw new UserFacingException(409, "This booking was " + r.kind + "; there is no exam to score.");
        });
        checkCorrection(booking, s, examiner);
        if (s.feedback() == null || s.feedback().isBlank()) {
            throw new UserFacingException(400, "feedback: write feedback the trainee can act on: strengths and what to practise.");
        }
        Course course = rules.course(slot);
        OralRubric rubric = course.oralExam().orElseThrow();
        OralRubric.Tally tally;
        try {
            tally = rubric.tally(s.points() == null ? Map.of() : s.points());
        } catch (OralRubric.ScoreProblem e) {
            throw new UserFacingException(400, "points: " + e.getMessage());
        }
        OralScore score = insert(booking, s, examiner, tally, course.contentVersion());
        rubric.criteria().forEach(c -> point(score, c, tally.points().get(c.id())));
        settleIfDecided(booking, examiner);
        audit.record(Audited.of("oral.scored").trainee(booking.traineeSubject).course(booking.courseId).record("oral_score", score.id)
                .with("bookingId", booking.id).with("points", tally.points()).with("total", tally.total())
                .with("passed", tally.passed()).with("correctsScore", s.correctsScore()).with("reason", s.reason()));
        return score;
    }

    public Reconciliation reconcile(long bookingId, Decision d, Actor by) {
        OralBooking booking = lock(bookingId);
        OralResults.Standing standing = results.standing(booking, true);
        if (standing.outcome() != OralResults.Outcome.NEEDS_RECONCILIATION) {
            throw new UserFacingException(409, "There is nothing to reconcile: the result is " + standing.outcome().code() + ".");
        }
        if (d == null || d.passed() == null || d.reason() == null || d.reason().isBlank()) {
            throw new UserFacingException(400, "passed, reason: decide pass or fail and say why; both examiners' scores are kept.");
        }
        Reconciliation r = new Reconciliation();
        r.bookingId = booking.id;
        r.firstScoreId = Math.min(standing.scores().get(0).id, standing.scores().get(1).id);
        r.secondScoreId = Math.max(standing.scores().get(0).id, standing.scores().get(1).id);
        r.passed = d.passed();
        r.reason = d.reason().trim();
        r.reconciledBy = by.subject();
        r.reconciledByName = by.name();
        r.reconciledAt = clock.now();
        r.persistAndFlush();
        settleIfDecided(booking, by);
        audit.record(Audited.of("oral.reconciled").trainee(booking.traineeSubject).course(booking.courseId)
                .record("oral_reconciliation", booking.id).with("passed", r.passed).with("reason", r.reason));
        return r;
    }

    private OralBooking lock(long bookingId) {
        return Optional.ofNullable(OralBooking.<OralBooking>findById(bookingId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new UserFacingException(404, "There is no such oral exam booking."));
    }

    private static void checkCorrection(OralBooking booking, Submission s, Actor examiner) {
        Optional<OralScore> mine = OralScore.latestOf(booking.id, true).stream()
                .filter(x -> x.examinerSubject.equals(examiner.subject())).findFirst();
        if (mine.isPresent() && s.correctsScore() == null) {
            throw new UserFacingException(409, "You submitted your score at " + TimeFormats.local(mine.get().submittedAt)
                    + " and it is final. To change it, submit a correction naming score " + mine.get().id + " with a reason.");
        }
        if (s.correctsScore() != null && (mine.isEmpty() || !mine.get().id.equals(s.correctsScore()))) {
            throw new UserFacingException(409, "correctsScore: " + mine.map(m -> "your latest score is " + m.id)
                    .orElse("you have no score to correct") + ".");
        }
        if (s.correctsScore() != null && (s.reason() == null || s.reason().isBlank())) {
            throw new UserFacingException(400, "reason: say why you correct your score; both scores are kept.");
        }
    }

    private OralScore insert(OralBooking booking, Submission s, Actor examiner, OralRubric.Tally tally, String version) {
        OralScore score = new OralScore();
        score.bookingId = booking.id;
        score.examinerSubject = examiner.subject();
        score.examinerName = examiner.name();
        score.correctsScore = s.correctsScore();
        score.reason = s.correctsScore() == null ? null : s.reason().trim();
        score.total = tally.total();
        score.maxTotal = tally.maxTotal();
        score.passed = tally.passed();
        score.feedback = s.feedback().trim();
        score.contentVersion = version;
        score.submittedAt = clock.now();
        try {
            score.persistAndFlush();
        } catch (PersistenceException e) {
            if (DatabaseRefusals.brokeKey(e, "score_once")) {
                throw new UserFacingException(409, "Your score for this exam was submitted a moment ago; it is final.");
            }
            throw DatabaseRefusals.triggerRule(e).<RuntimeException>map(m -> new UserFacingException(409, m)).orElse(e);
        }
        return score;
    }

    private static void point(OralScore score, RubricSettings.Criterion criterion, int points) {
        ScorePoint p = new ScorePoint();
        p.key = new ScorePoint.Key(score.id, criterion.id());
        p.criterionTitle = criterion.title();
        p.points = points;
        p.maxPoints = criterion.maxPoints();
        p.persist();
    }

    private void settleIfDecided(OralBooking booking, Actor by) {
        if (booking.active() && results.standing(booking, true).outcome().settled()) {
            BookingRelease.of(booking, BookingRelease.EXAMINED, null, by, clock.now());
        }
    }
}

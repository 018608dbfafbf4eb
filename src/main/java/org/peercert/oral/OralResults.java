package org.peercert.oral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a booking stands, read from its rows: upcoming, cancelled or moved, a no-show, waiting for
 * its examiners' scores, waiting for a reconciliation, or passed or failed. With one examiner their
 * latest score decides; with two, their latest scores decide when they agree, and a reconciliation
 * of exactly those two scores decides when they do not.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OralResults {

    /** A booking's state. */
    public enum Outcome {
        UPCOMING, CANCELLED, RESCHEDULED, NO_SHOW, AWAITING_SCORES, NEEDS_RECONCILIATION, PASSED, FAILED, OPEN;

        /** The word used in the API and on pages. */
        public String code() {
            return name().toLowerCase().replace('_', '-');
        }

        public boolean settled() {
            return this == PASSED || this == FAILED;
        }
    }

    /** A booking's outcome with the scores behind it (the latest per examiner) and any reconciliation. */
    public record Standing(Outcome outcome, List<OralScore> scores, Reconciliation reconciliation, int panelSize) {
    }

    /** One sitting of the exam (a booking not cancelled or moved, whose slot has started) for the retake policy. */
    public record Sitting(OralBooking booking, Instant startsAt, Outcome outcome, boolean counts) {
    }

    private final OralClock clock;

    public OralResults(OralClock clock) {
        this.clock = clock;
    }

    public Standing standing(OralBooking booking) {
        return standing(booking, false);
    }

    /** As {@link #standing(OralBooking)}; {@code locked} reads the scores with a lock, while scoring. */
    Standing standing(OralBooking booking, boolean locked) {
        OralSlot slot = booking.slot();
        int panel = OralExaminer.of(slot.id).size();
        Optional<BookingRelease> release = booking.release();
        if (release.isPresent() && !BookingRelease.EXAMINED.equals(release.get().kind)) {
            return new Standing(switch (release.get().kind) {
                case BookingRelease.CANCELLED -> Outcome.CANCELLED;
                case BookingRelease.RESCHEDULED -> Outcome.RESCHEDULED;
                default -> Outcome.NO_SHOW;
            }, List.of(), null, panel);
        }
        List<OralScore> scores = new ArrayList<>(OralScore.latestOf(booking.id, locked));
        scores.removeIf(s -> !OralExaminer.sits(slot.id, s.examinerSubject));
        if (scores.size() < panel) {
            Outcome waiting = clock.now().isBefore(slot.startsAt) && scores.isEmpty() ? Outcome.UPCOMING : Outcome.AWAITING_SCORES;
            return new Standing(waiting, scores, null, panel);
        }
        boolean allPass = scores.stream().allMatch(s -> s.passed);
        boolean allFail = scores.stream().noneMatch(s -> s.passed);
        if (allPass || allFail) {
            return new Standing(allPass ? Outcome.PASSED : Outcome.FAILED, scores, null, panel);
        }
        Optional<Reconciliation> decided = Reconciliation.of(booking.id, scores.get(0).id, scores.get(1).id);
        return decided.map(r -> new Standing(r.passed ? Outcome.PASSED : Outcome.FAILED, scores, r, panel))
                .orElseGet(() -> new Standing(Outcome.NEEDS_RECONCILIATION, scores, null, panel));
    }

    /**
     * When the trainee passed the course's oral exam: the time its result was settled (the last
     * examiner's score, or the reconciliation). Empty until a sitting is passed.
     */
    public Optional<Instant> passedAt(String trainee, String courseId) {
        for (OralBooking booking : OralBooking.ofTrainee(trainee, courseId)) {
            Standing standing = standing(booking);
            if (standing.outcome() == Outcome.PASSED) {
                Instant settled = standing.reconciliation() != null ? standing.reconciliation().reconciledAt
                        : standing.scores().stream().map(s -> s.submittedAt).max(Instant::compareTo).orElseThrow();
                return Optional.of(settled);
            }
        }
        return Optional.empty();
    }

    /** The trainee's sittings of a course, oldest first. */
    public List<Sitting> sittings(String trainee, String courseId, OralRubric rubric) {
        Instant now = clock.now();
        List<Sitting> sittings = new ArrayList<>();
        for (OralBooking booking : OralBooking.ofTrainee(trainee, courseId)) {
            OralSlot slot = booking.slot();
            Outcome outcome = standing(booking).outcome();
            if (outcome == Outcome.CANCELLED || outcome == Outcome.RESCHEDULED || slot.startsAt.isAfter(now)) {
                continue;
            }
            Outcome sitting = outcome.settled() || outcome == Outcome.NO_SHOW ? outcome : Outcome.OPEN;
            boolean counts = sitting == Outcome.FAILED || (sitting == Outcome.NO_SHOW && rubric.noShowCountsAsAttempt());
            sittings.add(new Sitting(booking, slot.startsAt, sitting, counts));
        }
        return sittings;
    }
}

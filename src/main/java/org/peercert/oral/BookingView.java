package org.peercert.oral;

import java.time.Instant;
import java.util.List;

/**
 * A booking as the API and pages show it: its slot, where it stands, until when the trainee may
 * change it, and, once shown, the result with every examiner's points and feedback.
 *
 * @param status       upcoming, cancelled, rescheduled, no-show, awaiting-scores, needs-reconciliation, passed or failed
 * @param result       null while hidden: for the trainee until the result is settled, for an
 *                     examiner until they have scored (so each scores on their own)
 */
public record BookingView(long id, String courseId, String courseTitle, String traineeSubject, String legalName,
                          SlotView slot, String status, boolean active, Instant changesCloseAt, boolean traineeMayChange,
                          String uid, int sequence, Instant bookedAt, String bookedByName, Release release, Result result) {

    /** How the booking ended, if it did. */
    public record Release(String kind, String reason, String byName, Instant at) {
    }

    /** The result and what it rests on. */
    public record Result(String outcome, Boolean passed, int minimumTotal, int maxTotal, List<Score> scores,
                         Reconciliation reconciliation) {
    }

    /** One examiner's latest score. */
    public record Score(long id, String examinerSubject, String examinerName, int total, int maxTotal, boolean passed,
                        String feedback, Instant submittedAt, Long correctsScore, String reason, List<Point> points) {
    }

    /** The points of one criterion. */
    public record Point(String criterionId, String title, int points, int maxPoints) {
    }

    /** A reconciler's decision. */
    public record Reconciliation(boolean passed, String reason, String byName, Instant at) {
    }
}

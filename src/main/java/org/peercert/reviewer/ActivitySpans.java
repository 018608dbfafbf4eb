package org.peercert.reviewer;

import org.peercert.hours.ActivityBeat;
import org.peercert.reviewer.TraineeRecord.ActivitySpanRow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups a trainee's accepted reader heartbeats into spans: beats on the same module no further
 * apart than the seat-time rule's longest counted gap belong to one span of reading.
 */
final class ActivitySpans {

    private ActivitySpans() {
    }

    /** @param beats ordered by course, module, then time */
    static List<ActivitySpanRow> of(List<ActivityBeat> beats, Duration maxGap) {
        List<ActivitySpanRow> spans = new ArrayList<>();
        ActivityBeat first = null;
        ActivityBeat last = null;
        int count = 0;
        long creditedMs = 0;
        for (ActivityBeat beat : beats) {
            if (last != null && !sameSpan(last, beat, maxGap)) {
                spans.add(span(first, last, count, creditedMs));
                first = null;
            }
            if (first == null) {
                first = beat;
                count = 0;
                creditedMs = 0;
            }
            last = beat;
            count++;
            creditedMs += beat.creditedMs;
        }
        if (first != null) {
            spans.add(span(first, last, count, creditedMs));
        }
        return spans;
    }

    private static boolean sameSpan(ActivityBeat previous, ActivityBeat next, Duration maxGap) {
        return previous.courseId.equals(next.courseId) && previous.moduleSlug.equals(next.moduleSlug)
                && Duration.between(previous.receivedAt, next.receivedAt).compareTo(maxGap) <= 0;
    }

    private static ActivitySpanRow span(ActivityBeat first, ActivityBeat last, int beats, long creditedMs) {
        return new ActivitySpanRow(first.courseId, first.moduleSlug, first.receivedAt, last.receivedAt, beats, creditedMs / 1000);
    }
}

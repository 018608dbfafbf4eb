package org.peercert.hours;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Partial-credit arithmetic at the edges of a session's window. */
class AttendanceCreditTest {

    private static final Instant START = Instant.parse("2026-11-20T14:00:00Z");
    private static final Instant END = Instant.parse("2026-11-20T17:00:00Z");

    private static int credit(String... stretches) {
        List<AttendanceCredit.Presence> presences = new java.util.ArrayList<>();
        for (int i = 0; i < stretches.length; i += 2) {
            presences.add(new AttendanceCredit.Presence(Instant.parse(stretches[i]), Instant.parse(stretches[i + 1])));
        }
        return AttendanceCredit.minutes(presences, START, END);
    }

    @Test
    void theWholeSessionEarnsItsLength() {
        assertEquals(180, credit("2026-11-20T14:00:00Z", "2026-11-20T17:00:00Z"));
    }

    @Test
    void arrivingEarlyOrStayingLateEarnsNothingExtra() {
        assertEquals(180, credit("2026-11-20T13:30:00Z", "2026-11-20T17:45:00Z"));
    }

    @Test
    void lateArrivalAndEarlyLeaveEarnOnlyThePresentPart() {
        assertEquals(95, credit("2026-11-20T14:25:00Z", "2026-11-20T16:00:00Z"));
    }

    @Test
    void partMinutesRoundDown() {
        assertEquals(59, credit("2026-11-20T14:00:30Z", "2026-11-20T15:00:00Z"));
    }

    @Test
    void overlappingRecordsCountOnce() {
        assertEquals(120, credit("2026-11-20T14:00:00Z", "2026-11-20T15:30:00Z", "2026-11-20T15:00:00Z", "2026-11-20T16:00:00Z"));
    }

    @Test
    void aBreakIsNotCredited() {
        assertEquals(150, credit("2026-11-20T14:00:00Z", "2026-11-20T15:00:00Z", "2026-11-20T15:30:00Z", "2026-11-20T17:00:00Z"));
    }

    @Test
    void presenceEntirelyOutsideTheWindowEarnsNothing() {
        assertEquals(0, credit("2026-11-20T12:00:00Z", "2026-11-20T14:00:00Z", "2026-11-20T17:00:00Z", "2026-11-20T18:00:00Z"));
    }
}

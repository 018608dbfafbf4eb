package org.peercert.hours;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Partial credit for a live session: the time a trainee was present inside the scheduled window,
 * with overlapping records counted once, in whole minutes rounded down.
 */
public final class AttendanceCredit {

    /** One stretch of presence. */
    public record Presence(Instant joined, Instant left) {
    }

    private AttendanceCredit() {
    }

    public static int minutes(List<Presence> presences, Instant sessionStart, Instant sessionEnd) {
        List<Presence> clipped = new ArrayList<>();
        for (Presence p : presences) {
            Instant from = p.joined().isBefore(sessionStart) ? sessionStart : p.joined();
            Instant to = p.left().isAfter(sessionEnd) ? sessionEnd : p.left();
            if (to.isAfter(from)) {
                clipped.add(new Presence(from, to));
            }
        }
        clipped.sort(Comparator.comparing(Presence::joined));
        Duration total = Duration.ZERO;
        Instant coveredUntil = Instant.MIN;
        for (Presence p : clipped) {
            Instant from = p.joined().isAfter(coveredUntil) ? p.joined() : coveredUntil;
            if (p.left().isAfter(from)) {
                total = total.plus(Duration.between(from, p.left()));
                coveredUntil = p.left();
            }
        }
        return (int) total.toMinutes();
    }
}

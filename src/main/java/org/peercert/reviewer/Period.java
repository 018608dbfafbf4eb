package org.peercert.reviewer;

import org.peercert.web.UserFacingException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** An export's period: whole days from {@code from} to {@code to}, both included, in the provider's calendar. */
public record Period(LocalDate from, LocalDate to) {

    /** Both dates are required, as YYYY-MM-DD, and in order; 400 with what to fix otherwise. */
    public static Period of(String from, String to) {
        if (from == null || from.isBlank() || to == null || to.isBlank()) {
            throw new UserFacingException(400, "from and to: give the period's first and last day as YYYY-MM-DD.");
        }
        Period period = new Period(SearchQuery.day("from", from.trim()), SearchQuery.day("to", to.trim()));
        if (period.from.isAfter(period.to)) {
            throw new UserFacingException(400, "from: " + from + " is after to: " + to + "; swap them.");
        }
        return period;
    }

    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the period. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    @Override
    public String toString() {
        return from + "_" + to;
    }
}

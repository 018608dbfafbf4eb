package org.peercert.ce;

import org.peercert.config.LmsConfig.CeYearBasis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One CE year of a specialist: from {@code start} (inclusive) to {@code end} (exclusive). The
 * first year starts on the certification date; each later year on its anniversary, or, with the
 * calendar basis, on January 1 (the first partial year runs from certification to December 31).
 *
 * @param number 1 for the year that starts at certification
 */
public record CeYear(int number, LocalDate start, LocalDate end) {

    /** The CE year that holds {@code day}; a day before certification falls in year 1. */
    public static CeYear containing(LocalDate certifiedOn, LocalDate day, CeYearBasis basis) {
        if (basis == CeYearBasis.CALENDAR) {
            int number = Math.max(1, day.getYear() - certifiedOn.getYear() + 1);
            LocalDate start = number == 1 ? certifiedOn : LocalDate.of(certifiedOn.getYear() + number - 1, 1, 1);
            return new CeYear(number, start, LocalDate.of(certifiedOn.getYear() + number, 1, 1));
        }
        long years = day.isBefore(certifiedOn) ? 0 : ChronoUnit.YEARS.between(certifiedOn, day);
        LocalDate start = certifiedOn.plusYears(years);
        return new CeYear((int) years + 1, start, certifiedOn.plusYears(years + 1));
    }

    /** The last day on which CE still counts for this year. */
    public LocalDate deadline() {
        return end.minusDays(1);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && day.isBefore(end);
    }

    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, end);
    }
}

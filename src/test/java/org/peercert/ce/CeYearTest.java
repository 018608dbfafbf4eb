package org.peercert.ce;

import org.junit.jupiter.api.Test;
import org.peercert.config.LmsConfig.CeYearBasis;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CE years at their edges: anniversaries, leap days, and the calendar basis. */
class CeYearTest {

    private static final LocalDate CERTIFIED = LocalDate.of(2024, 3, 15);

    @Test
    void theFirstYearRunsFromCertificationToTheDayBeforeTheAnniversary() {
        CeYear year = CeYear.containing(CERTIFIED, LocalDate.of(2024, 3, 15), CeYearBasis.ANNIVERSARY);
        assertEquals(1, year.number());
        assertEquals(LocalDate.of(2024, 3, 15), year.start());
        assertEquals(LocalDate.of(2025, 3, 14), year.deadline());
        assertTrue(year.contains(LocalDate.of(2025, 3, 14)));
        assertFalse(year.contains(LocalDate.of(2025, 3, 15)));
    }

    @Test
    void theAnniversaryStartsTheNextYear() {
        CeYear year = CeYear.containing(CERTIFIED, LocalDate.of(2025, 3, 15), CeYearBasis.ANNIVERSARY);
        assertEquals(2, year.number());
        assertEquals(LocalDate.of(2025, 3, 15), year.start());
        assertEquals(1, year.daysLeft(LocalDate.of(2026, 3, 14)));
    }

    @Test
    void aLeapDayCertificationHasItsAnniversaryOnTheLastDayOfFebruary() {
        LocalDate leap = LocalDate.of(2024, 2, 29);
        CeYear year = CeYear.containing(leap, LocalDate.of(2025, 3, 1), CeYearBasis.ANNIVERSARY);
        assertEquals(2, year.number());
        assertEquals(LocalDate.of(2025, 2, 28), year.start());
    }

    @Test
    void theCalendarBasisStartsOnJanuaryFirstAfterAPartialFirstYear() {
        CeYear first = CeYear.containing(CERTIFIED, LocalDate.of(2024, 12, 31), CeYearBasis.CALENDAR);
        assertEquals(LocalDate.of(2024, 3, 15), first.start());
        assertEquals(LocalDate.of(2024, 12, 31), first.deadline());
        CeYear second = CeYear.containing(CERTIFIED, LocalDate.of(2025, 1, 1), CeYearBasis.CALENDAR);
        assertEquals(2, second.number());
        assertEquals(LocalDate.of(2025, 1, 1), second.start());
        assertEquals(LocalDate.of(2025, 12, 31), second.deadline());
    }
}

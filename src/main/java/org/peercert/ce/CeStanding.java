package org.peercert.ce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Where a specialist stands in their current CE year: what is done, what is due, by when.
 *
 * @param credits the hours counting toward this year, oldest first
 */
public record CeStanding(SpecialistRecord specialist, CeYear year, BigDecimal requiredHours, List<CeCredit> credits,
                         LocalDate today) {

    public BigDecimal doneHours() {
        return credits.stream().map(CeCredit::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal remainingHours() {
        return requiredHours.subtract(doneHours()).max(BigDecimal.ZERO);
    }

    public boolean complete() {
        return doneHours().compareTo(requiredHours) >= 0;
    }

    public long daysLeft() {
        return year.daysLeft(today);
    }

    /** Whole percent of the hours due, for the progress bar; at most 100. */
    public int percent() {
        if (requiredHours.signum() == 0) {
            return 100;
        }
        return doneHours().multiply(BigDecimal.valueOf(100)).divide(requiredHours, 0, java.math.RoundingMode.DOWN)
                .min(BigDecimal.valueOf(100)).intValue();
    }
}

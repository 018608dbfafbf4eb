package org.peercert.ce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A specialist's current CE year as the API shows it: done, due, by when, and what counted. */
public record CeYearView(String traineeSubject, String legalName, String credential, LocalDate certifiedOn,
                         boolean alcoholDrugProgram, int yearNumber, LocalDate yearStart, LocalDate deadline,
                         BigDecimal requiredHours, BigDecimal doneHours, BigDecimal remainingHours, long daysLeft,
                         List<CeCredit> credits, List<ClaimView> claims) {

    public boolean complete() {
        return remainingHours.signum() == 0;
    }

    public static CeYearView of(CeStanding standing) {
        SpecialistRecord s = standing.specialist();
        return new CeYearView(s.traineeSubject, s.legalName, s.credential, s.certifiedOn, s.alcoholDrugProgram,
                standing.year().number(), standing.year().start(), standing.year().deadline(), standing.requiredHours(),
                standing.doneHours(), standing.remainingHours(), standing.daysLeft(), standing.credits(),
                OutsideCeClaim.ofTrainee(s.traineeSubject).stream().map(ClaimView::of).toList());
    }
}

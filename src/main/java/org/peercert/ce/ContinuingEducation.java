package org.peercert.ce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.peercert.config.LmsConfig;
import org.peercert.course.Course;
import org.peercert.course.CourseCatalog;
import org.peercert.course.CourseKind;
import org.peercert.hours.HoursLedger;
import org.peercert.trainee.Enrolment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A specialist's CE year and the hours counting toward it. PeerCert's continuing-education
 * courses count by themselves, at their credit hours, in the year they were completed; CE done
 * elsewhere counts once an admin approves the claim, on its completion date.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ContinuingEducation {

    private final CourseCatalog catalog;
    private final HoursLedger ledger;
    private final LmsConfig config;

    public ContinuingEducation(CourseCatalog catalog, HoursLedger ledger, LmsConfig config) {
        this.catalog = catalog;
        this.ledger = ledger;
        this.config = config;
    }

    /** Where the trainee stands today; empty when PeerCert does not know them as a specialist. */
    public Optional<CeStanding> standing(String trainee) {
        return standing(trainee, today());
    }

    public Optional<CeStanding> standing(String trainee, LocalDate day) {
        return SpecialistRecord.current(trainee).map(specialist -> standing(specialist, day));
    }

    CeStanding standing(SpecialistRecord specialist, LocalDate day) {
        CeYear year = CeYear.containing(specialist.certifiedOn, day, config.ce().yearBasis());
        List<CeCredit> credits = new ArrayList<>(courseCredits(specialist.traineeSubject));
        OutsideCeClaim.approvedOf(specialist.traineeSubject).forEach(claim -> credits.add(claim.credit()));
        List<CeCredit> inYear = credits.stream().filter(c -> year.contains(c.completedOn()))
                .sorted(Comparator.comparing(CeCredit::completedOn)).toList();
        return new CeStanding(specialist, year, requiredHours(specialist), inYear, day);
    }

    public BigDecimal requiredHours(SpecialistRecord specialist) {
        return specialist.alcoholDrugProgram ? config.ce().alcoholDrugProgramHours() : config.ce().requiredHours();
    }

    public LocalDate today() {
        return LocalDate.now(zone());
    }

    private List<CeCredit> courseCredits(String trainee) {
        List<CeCredit> credits = new ArrayList<>();
        for (Enrolment enrolment : Enrolment.ofTrainee(trainee)) {
            catalog.find(enrolment.courseId).filter(c -> c.kind() == CourseKind.CONTINUING_EDUCATION)
                    .ifPresent(course -> completedOn(trainee, course).ifPresent(day -> credits.add(
                            new CeCredit(CeCredit.PEERCERT_COURSE, course.id(), course.title(), course.requiredHours(), day))));
        }
        return credits;
    }

    private Optional<LocalDate> completedOn(String trainee, Course course) {
        return ledger.completedAt(trainee, course).map(at -> at.atZone(zone()).toLocalDate());
    }

    private ZoneId zone() {
        return config.timeZone();
    }
}

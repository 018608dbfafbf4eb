package org.peercert.ce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.peercert.config.LmsConfig;
import org.peercert.course.Course;
import org.peercert.course.CourseCatalog;
import org.peercert.course.CourseKind;
import org.peercert.exam.CourseExam;
import org.peercert.exam.WrittenExams;
import org.peercert.hours.HoursLedger;
import org.peercert.trainee.Enrolment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A specialist's CE year and the hours counting toward it. PeerCert's continuing-education
 * courses count by themselves, at their credit hours, in the year they were completed (hours and
 * post-test); CE done
 * elsewhere counts once an admin approves the claim, on its completion date.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ContinuingEducation {

    private final CourseCatalog catalog;
    private final HoursLedger ledger;
    private final LmsConfig config;
    private final WrittenExams exams;

    public ContinuingEducation(CourseCatalog catalog, HoursLedger ledger, LmsConfig config, WrittenExams exams) {
        this.catalog = catalog;
        this.ledger = ledger;
        this.config = config;
        this.exams = exams;
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

    /**
     * The day a CE course was completed: its hours complete and, where it has a post-test, the
     * post-test passed, whichever came last (NAADAC: no credit before the post-test is passed).
     */
    private Optional<LocalDate> completedOn(String trainee, Course course) {
        Optional<Instant> hours = ledger.completedAt(trainee, course);
        if (hours.isEmpty()) {
            return Optional.empty();
        }
        Instant done = hours.get();
        if (CourseExam.of(course).isPresent()) {
            Optional<WrittenExams.Pass> pass = exams.passed(trainee, course.id());
            if (pass.isEmpty()) {
                return Optional.empty();
            }
            done = pass.get().passedAt().isAfter(done) ? pass.get().passedAt() : done;
        }
        return Optional.of(done.atZone(zone()).toLocalDate());
    }

    private ZoneId zone() {
        return config.timeZone();
    }
}

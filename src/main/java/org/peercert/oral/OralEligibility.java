package org.peercert.oral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.peercert.course.Course;
import org.peercert.hours.HoursLedger;
import org.peercert.trainee.Enrolment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Whether a trainee may book a course's oral exam now: enrolled, the course's rule met (written
 * exam passed by default, or hours complete), not passed already, no result still open, a sitting
 * left under the retake policy, and the wait after the last failed sitting over.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OralEligibility {

    /** Eligible, or the reason why not, said to the trainee. */
    public record Verdict(boolean eligible, String reason) {
        static Verdict yes() {
            return new Verdict(true, null);
        }

        static Verdict no(String reason) {
            return new Verdict(false, reason);
        }
    }

    private final WrittenExamGate writtenExam;
    private final HoursLedger ledger;
    private final OralResults results;

    public OralEligibility(WrittenExamGate writtenExam, HoursLedger ledger, OralResults results) {
        this.writtenExam = writtenExam;
        this.ledger = ledger;
        this.results = results;
    }

    public Verdict check(String trainee, Course course, Instant now) {
        Optional<OralRubric> rubric = course.oralExam();
        if (rubric.isEmpty()) {
            return Verdict.no(course.title() + " has no oral exam.");
        }
        if (Enrolment.of(trainee, course.id()).isEmpty()) {
            return Verdict.no("You are not enrolled in " + course.title() + ".");
        }
        Verdict rule = rule(trainee, course, rubric.get());
        return rule.eligible() ? history(trainee, course, rubric.get(), now) : rule;
    }

    private Verdict rule(String trainee, Course course, OralRubric rubric) {
        return switch (rubric.eligibility()) {
            case WRITTEN_EXAM_PASSED -> writtenExam.passed(trainee, course.id()) ? Verdict.yes()
                    : Verdict.no("You cannot book the oral exam yet: " + WrittenExamGate.NOT_PASSED + ".");
            case HOURS_COMPLETE -> ledger.hoursComplete(trainee, course.id()) ? Verdict.yes()
                    : Verdict.no("You cannot book the oral exam yet: your training hours for " + course.title()
                    + " are not complete.");
        };
    }

    /** The retake policy, over the trainee's earlier sittings of this course. */
    private Verdict history(String trainee, Course course, OralRubric rubric, Instant now) {
        List<OralResults.Sitting> sittings = results.sittings(trainee, course.id(), rubric);
        if (sittings.stream().anyMatch(s -> s.outcome() == OralResults.Outcome.PASSED)) {
            return Verdict.no("You have passed the oral exam of " + course.title() + ".");
        }
        if (sittings.stream().anyMatch(s -> s.outcome() == OralResults.Outcome.OPEN)) {
            return Verdict.no("Your last oral exam's result is not settled yet; you can book again once it is.");
        }
        List<OralResults.Sitting> counted = sittings.stream().filter(OralResults.Sitting::counts).toList();
        if (counted.size() > rubric.retakesAllowed()) {
            return Verdict.no("You have used all " + (rubric.retakesAllowed() + 1) + " sittings of the oral exam of "
                    + course.title() + "; ask your training provider what comes next.");
        }
        if (!counted.isEmpty()) {
            Instant next = counted.get(counted.size() - 1).startsAt().plus(Duration.ofDays(rubric.retakeWaitDays()));
            if (now.isBefore(next)) {
                return Verdict.no("You can book your next oral exam from " + org.peercert.web.TimeFormats.local(next) + ".");
            }
        }
        return Verdict.yes();
    }
}

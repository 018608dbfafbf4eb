package org.peercert.oral;

import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import org.peercert.course.Course;
import org.peercert.course.CourseCatalog;
import org.peercert.people.Roles;
import org.peercert.web.CurrentUser;

import java.util.List;
import java.util.Optional;

/** Builds what the caller may see of slots and bookings, for the API and the pages alike. */
@RequestScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OralViews {

    /** A trainee's oral exam of one course: may they book, what they hold, what is open, what came before. */
    public record TraineeCourse(String courseId, String courseTitle, boolean eligible, String reason, BookingView current,
                                List<SlotView> openSlots, List<BookingView> history) {
    }

    private final CourseCatalog catalog;
    private final OralResults results;
    private final OralEligibility eligibility;
    private final ChangeRules rules;
    private final CurrentUser user;
    private final OralClock clock;

    public OralViews(CourseCatalog catalog, OralResults results, OralEligibility eligibility, ChangeRules rules,
                     CurrentUser user, OralClock clock) {
        this.catalog = catalog;
        this.results = results;
        this.eligibility = eligibility;
        this.rules = rules;
        this.user = user;
        this.clock = clock;
    }

    public TraineeCourse trainee(Course course, String trainee) {
        OralEligibility.Verdict verdict = eligibility.check(trainee, course, clock.now());
        List<OralBooking> bookings = OralBooking.ofTrainee(trainee, course.id());
        Optional<OralBooking> current = OralBooking.activeOf(trainee, course.id());
        boolean mayPick = verdict.eligible() || current.isPresent();
        List<SlotView> open = !mayPick ? List.of() : OralSlot.ofCourseFrom(course.id(), clock.now()).stream()
                .filter(s -> OralBooking.activeOfSlot(s.id).isEmpty()).map(s -> SlotView.of(s, course.title(), true, null)).toList();
        List<BookingView> history = bookings.stream().filter(b -> current.map(c -> !c.id.equals(b.id)).orElse(true))
                .sorted((a, b) -> Long.compare(b.id, a.id)).map(this::booking).toList();
        return new TraineeCourse(course.id(), course.title(), verdict.eligible(), verdict.reason(),
                current.map(this::booking).orElse(null), open, history);
    }

    public BookingView booking(OralBooking b) {
        OralSlot slot = b.slot();
        String title = title(b.courseId);
        OralResults.Standing standing = results.standing(b);
        boolean active = b.active();
        java.time.Instant closes = rules.changesCloseAt(slot);
        boolean mayChange = active && standing.outcome() == OralResults.Outcome.UPCOMING && clock.now().isBefore(closes);
        BookingView.Release release = b.release().filter(r -> !BookingRelease.EXAMINED.equals(r.kind))
                .map(r -> new BookingView.Release(r.kind, r.reason, r.releasedByName, r.releasedAt)).orElse(null);
        return new BookingView(b.id, b.courseId, title, b.traineeSubject, b.legalName, SlotView.of(slot, title, false, null),
                standing.outcome().code(), active, closes, mayChange, b.uid, b.sequence, b.bookedAt, b.bookedByName, release,
                resultShown(b, slot, standing) ? result(b, standing) : null);
    }

    public SlotView staffSlot(OralSlot slot) {
        Optional<OralBooking> held = OralBooking.holderOfSlot(slot.id);
        SlotView.BookingSummary summary = held.map(b -> new SlotView.BookingSummary(b.id, b.legalName,
                results.standing(b).outcome().code())).orElse(null);
        return SlotView.of(slot, title(slot.courseId), held.isEmpty() && clock.now().isBefore(slot.startsAt), summary);
    }

    /** Trainees see a settled result; an examiner sees scores once they have scored; other staff always. */
    private boolean resultShown(OralBooking b, OralSlot slot, OralResults.Standing standing) {
        if (b.traineeSubject.equals(user.subject()) && user.has(Roles.TRAINEE)) {
            return standing.outcome().settled();
        }
        boolean examinerYetToScore = OralExaminer.sits(slot.id, user.subject())
                && standing.scores().stream().noneMatch(s -> s.examinerSubject.equals(user.subject()));
        return !examinerYetToScore && !standing.scores().isEmpty();
    }

    private BookingView.Result result(OralBooking b, OralResults.Standing standing) {
        Optional<OralRubric> rubric = catalog.find(b.courseId).flatMap(Course::oralExam);
        List<BookingView.Score> scores = standing.scores().stream().map(s -> new BookingView.Score(s.id, s.examinerSubject,
                s.examinerName, s.total, s.maxTotal, s.passed, s.feedback, s.submittedAt, s.correctsScore, s.reason,
                OralRubric.inRubricOrder(rubric, s.points()).stream().map(p -> new BookingView.Point(p.criterionId(), p.criterionTitle, p.points, p.maxPoints))
                        .toList())).toList();
        Reconciliation r = standing.reconciliation();
        return new BookingView.Result(standing.outcome().code(), standing.outcome().settled() ? standing.outcome() == OralResults.Outcome.PASSED : null,
                rubric.map(OralRubric::minimumTotal).orElse(0), rubric.map(OralRubric::maxTotal).orElse(0), scores,
                r == null ? null : new BookingView.Reconciliation(r.passed, r.reason, r.reconciledByName, r.reconciledAt));
    }

    private String title(String courseId) {
        return catalog.find(courseId).map(Course::title).orElse(courseId);
    }
}

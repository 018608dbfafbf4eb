package org.peercert.oral;

import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import org.peercert.course.Course;
import org.peercert.course.CourseCatalog;
import org.peercert.web.CurrentUser;

import java.time.Instant;
import java.util.List;

/**
 * What a booking's page shows the person reading it: the booking, the rubric, and which forms
 * they may use now (score or correct, no-show, reconcile, change, move).
 *
 * @param myScoreId the reader's latest score of this exam, for a correction; null if none
 */
public record OralBookingPage(BookingView booking, OralRubric rubric, boolean staff, boolean examiner, Long myScoreId,
                              boolean mayScore, boolean mayNoShow, boolean mayReconcile, boolean mayChange,
                              List<SlotView> otherSlots) {

    /** Builds the page for the current reader. */
    @RequestScoped
    @Transactional(Transactional.TxType.SUPPORTS)
    public static class Builder {

        private final OralViews views;
        private final BookingAccess access;
        private final CourseCatalog catalog;
        private final CurrentUser user;
        private final OralClock clock;

        public Builder(OralViews views, BookingAccess access, CourseCatalog catalog, CurrentUser user, OralClock clock) {
            this.views = views;
            this.access = access;
            this.catalog = catalog;
            this.user = user;
            this.clock = clock;
        }

        public OralBookingPage of(OralBooking booking) {
            BookingView view = views.booking(booking);
            OralSlot slot = booking.slot();
            Instant now = clock.now();
            boolean staff = access.isStaffFor(slot);
            boolean examiner = OralExaminer.sits(slot.id, user.subject());
            Long mine = OralScore.latestOf(booking.id, false).stream().filter(s -> s.examinerSubject.equals(user.subject()))
                    .map(s -> s.id).findFirst().orElse(null);
            boolean held = !List.of("cancelled", "rescheduled", "no-show").contains(view.status());
            boolean started = !now.isBefore(slot.startsAt);
            boolean active = view.active();
            List<SlotView> others = !active || started ? List.of() : OralSlot.ofCourseFrom(booking.courseId, now).stream()
                    .filter(s -> !s.id.equals(slot.id) && OralBooking.activeOfSlot(s.id).isEmpty())
                    .map(s -> SlotView.of(s, view.courseTitle(), true, null)).toList();
            return new OralBookingPage(view, catalog.find(booking.courseId).flatMap(Course::oralExam).orElse(null), staff, examiner,
                    mine, examiner && started && held, staff && active && started && OralScore.ofBooking(booking.id).isEmpty(),
                    staff && "needs-reconciliation".equals(view.status()), staff && active && !started, others);
        }
    }
}

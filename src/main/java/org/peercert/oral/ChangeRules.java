package org.peercert.oral;

import jakarta.enterprise.context.ApplicationScoped;
import org.peercert.config.LmsConfig;
import org.peercert.course.Course;
import org.peercert.course.CourseCatalog;
import org.peercert.web.TimeFormats;
import org.peercert.web.UserFacingException;

import java.time.Duration;
import java.time.Instant;

/**
 * When a booking may still be changed: while it is active and its exam has not started; by the
 * trainee only before the no-change window (the rubric's, or 24 h by default), by its instructors
 * or an admin at any time before the start, with a reason.
 */
@ApplicationScoped
public class ChangeRules {

    private final CourseCatalog catalog;
    private final OralClock clock;
    private final LmsConfig config;

    public ChangeRules(CourseCatalog catalog, OralClock clock, LmsConfig config) {
        this.catalog = catalog;
        this.clock = clock;
        this.config = config;
    }

    void checkChange(OralBooking booking, BookingService.Change change) {
        refuseUnlessActive(booking);
        OralSlot slot = booking.slot();
        Instant now = clock.now();
        if (!now.isBefore(slot.startsAt)) {
            throw new UserFacingException(409, "The exam has started; it can no longer be cancelled or moved.");
        }
        if (change.asStaff()) {
            if (change.reason() == null || change.reason().isBlank()) {
                throw new UserFacingException(400, "reason: say why you change this trainee's booking; it is kept as evidence.");
            }
            return;
        }
        Instant windowOpens = changesCloseAt(slot);
        if (!now.isBefore(windowOpens)) {
            throw new UserFacingException(409, "Your exam starts at " + TimeFormats.local(slot.startsAt) + ". Changes closed at "
                    + TimeFormats.local(windowOpens) + "; from then on only an instructor or admin can cancel or move it. "
                    + "Contact your training provider.");
        }
    }

    void refuseUnlessActive(OralBooking booking) {
        booking.release().ifPresent(r -> {
            throw new UserFacingException(409, "This booking is no longer active (" + r.kind + " by " + r.releasedByName
                    + "); nothing more can change on it.");
        });
    }

    /** The no-change window of a course's oral exam. */
    public Duration window(Course course) {
        Integer hours = course.oralExam().map(r -> r.settings().noChangeWindowHours()).orElse(null);
        return hours == null ? config.oral().noChangeWindow() : Duration.ofHours(hours);
    }

    /** When changes close for a booking's trainee (with the default window if the course left the catalog). */
    public Instant changesCloseAt(OralSlot slot) {
        return slot.startsAt.minus(catalog.find(slot.courseId).map(this::window).orElse(config.oral().noChangeWindow()));
    }

    Course course(OralSlot slot) {
        return catalog.find(slot.courseId).filter(c -> c.oralExam().isPresent()).orElseThrow(() ->
                new UserFacingException(409, "The course of this slot has no oral exam in the catalog right now."));
    }
}

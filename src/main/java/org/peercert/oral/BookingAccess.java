package org.peercert.oral;

import jakarta.enterprise.context.RequestScoped;
import org.peercert.people.Roles;
import org.peercert.web.CurrentUser;
import org.peercert.web.UserFacingException;

/**
 * Who may see and change which booking: a trainee their own; an instructor the bookings of slots
 * they examine or published; reviewers (read only) and admins any. Anything else answers 404, the
 * same as a booking that does not exist, so nobody learns who booked what.
 */
@RequestScoped
public class BookingAccess {

    private final CurrentUser user;

    public BookingAccess(CurrentUser user) {
        this.user = user;
    }

    public OralBooking readable(long bookingId) {
        OralBooking booking = OralBooking.<OralBooking>findByIdOptional(bookingId).orElseThrow(BookingAccess::notFound);
        if (!mayRead(booking)) {
            throw notFound();
        }
        return booking;
    }

    /** Whether the caller may read this booking: its trainee, its slot's instructors, reviewers and admins. */
    public boolean mayRead(OralBooking booking) {
        boolean own = booking.traineeSubject.equals(user.subject()) && user.has(Roles.TRAINEE);
        return own || user.has(Roles.ADMIN) || user.has(Roles.REVIEWER) || isStaffFor(booking.slot());
    }

    /** A slot for staff: its examiners and publisher, reviewers and admins. */
    public OralSlot staffSlot(long slotId) {
        OralSlot slot = OralSlot.<OralSlot>findByIdOptional(slotId).orElseThrow(() ->
                new UserFacingException(404, "There is no oral exam slot " + slotId + "."));
        if (!user.has(Roles.ADMIN) && !user.has(Roles.REVIEWER) && !isStaffFor(slot)) {
            throw new UserFacingException(404, "There is no oral exam slot " + slotId + ".");
        }
        return slot;
    }

    /** Whether the caller may change bookings of this slot at any time: its instructors, and admins. */
    public boolean isStaffFor(OralSlot slot) {
        if (user.has(Roles.ADMIN)) {
            return true;
        }
        return user.has(Roles.INSTRUCTOR) && (slot.publishedBy.equals(user.subject()) || OralExaminer.sits(slot.id, user.subject()));
    }

    /** A booking the caller may change as staff (403 for a reviewer, who reads only). */
    public OralBooking changeableByStaff(long bookingId) {
        OralBooking booking = readable(bookingId);
        if (!isStaffFor(booking.slot())) {
            throw new UserFacingException(403, "Only the exam's instructors or an admin can do this.");
        }
        return booking;
    }

    private static UserFacingException notFound() {
        return new UserFacingException(404, "There is no such oral exam booking.");
    }
}

package org.peercert.oral;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A trainee's claim on a slot. It is active until a {@link BookingRelease} ends it; the database's
 * claim numbers (set by a trigger, not mapped here) keep one active booking per slot and per
 * trainee and course. A reschedule is a new booking with the same calendar uid and a higher sequence.
 */
@Entity
@Table(name = "oral_booking")
@Immutable
public class OralBooking extends PanacheEntityBase {

    private static final String ACTIVE = "not exists (from BookingRelease r where r.bookingId = b.id)";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "slot_id")
    public Long slotId;

    @Column(name = "trainee_subject")
    public String traineeSubject;

    @Column(name = "course_id")
    public String courseId;

    @Column(name = "legal_name")
    public String legalName;

    /** The calendar event's UID, the same for every booking of a reschedule chain. */
    public String uid;

    /** The calendar event's SEQUENCE: 0 when booked, one more at each change. */
    public int sequence;

    @Column(name = "rescheduled_from")
    public Long rescheduledFrom;

    @Column(name = "booked_by")
    public String bookedBy;

    @Column(name = "booked_by_name")
    public String bookedByName;

    @Column(name = "booked_at")
    public Instant bookedAt;

    public OralSlot slot() {
        return OralSlot.findById(slotId);
    }

    public Optional<BookingRelease> release() {
        return BookingRelease.findByIdOptional(id);
    }

    public boolean active() {
        return release().isEmpty();
    }

    /** The booking this one was moved to, if it was rescheduled. */
    public Optional<OralBooking> successor() {
        return find("rescheduledFrom", id).firstResultOptional();
    }

    /** The end of this booking's chain of moves: itself unless it was rescheduled. */
    public OralBooking latest() {
        OralBooking latest = this;
        for (Optional<OralBooking> next = successor(); next.isPresent(); next = latest.successor()) {
            latest = next.get();
        }
        return latest;
    }

    public static Optional<OralBooking> activeOfSlot(long slotId) {
        return find("from OralBooking b where b.slotId = ?1 and " + ACTIVE, slotId).firstResultOptional();
    }

    /** The booking that holds or held the slot to its exam: active, examined or a no-show (not cancelled or moved). */
    public static Optional<OralBooking> holderOfSlot(long slotId) {
        return find("from OralBooking b where b.slotId = ?1 and not exists (from BookingRelease r where r.bookingId = b.id "
                + "and r.kind in ('cancelled', 'rescheduled'))", slotId).firstResultOptional();
    }

    public static Optional<OralBooking> activeOf(String trainee, String courseId) {
        return find("from OralBooking b where b.traineeSubject = ?1 and b.courseId = ?2 and " + ACTIVE, trainee, courseId)
                .firstResultOptional();
    }

    /** A trainee's bookings in every course, newest first. */
    public static List<OralBooking> ofTrainee(String trainee) {
        return list("traineeSubject = ?1 order by id desc", trainee);
    }

    /** A trainee's bookings in one course, oldest first. */
    public static List<OralBooking> ofTrainee(String trainee, String courseId) {
        return list("traineeSubject = ?1 and courseId = ?2 order by id", trainee, courseId);
    }

    /** The active bookings of slots starting in {@code [from, to)}: those due a reminder. */
    public static List<OralBooking> activeStartingBetween(Instant from, Instant to) {
        return list("from OralBooking b where " + ACTIVE + " and exists (from OralSlot s where s.id = b.slotId "
                + "and s.startsAt >= ?1 and s.startsAt < ?2)", from, to);
    }
}

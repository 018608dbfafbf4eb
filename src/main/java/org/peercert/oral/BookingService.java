package org.peercert.oral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.peercert.config.LmsConfig;
import org.peercert.course.Course;
import org.peercert.people.Actor;
import org.peercert.trainee.Enrolment;
import org.peercert.web.TimeFormats;
import org.peercert.audit.AuditLog;
import org.peercert.audit.Audited;
import org.peercert.web.UserFacingException;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/**
 * Trainees book oral-exam slots and cancel or move their bookings, each change a new row. The
 * database keeps one booking per slot and one active booking per trainee and course (see V20);
 * the checks here come first only to say what is wrong in plain words.
 */
@ApplicationScoped
@Transactional
public class BookingService {

    /** Who changes a booking: the trainee, or staff (its instructors or an admin, who give a reason). */
    public record Change(Actor by, boolean asStaff, String reason) {
    }

    private final OralEligibility eligibility;
    private final ChangeRules rules;
    private final OralClock clock;
    private final Event<NoticeWritten> notices;
    private final String uidDomain;
    private final AuditLog audit;

    public BookingService(OralEligibility eligibility, ChangeRules rules, OralClock clock, Event<NoticeWritten> notices,
                          LmsConfig config, AuditLog audit) {
        this.audit = audit;
        this.eligibility = eligibility;
        this.rules = rules;
        this.clock = clock;
        this.notices = notices;
        this.uidDomain = URI.create(config.publicUrl()).getHost();
    }

    public OralBooking book(long slotId, Actor trainee) {
        OralSlot slot = openSlot(slotId);
        Course course = rules.course(slot);
        OralEligibility.Verdict verdict = eligibility.check(trainee.subject(), course, clock.now());
        if (!verdict.eligible()) {
            throw new UserFacingException(409, verdict.reason());
        }
        OralBooking.activeOf(trainee.subject(), course.id()).ifPresent(b -> {
            throw new UserFacingException(409, "You already have an oral exam booked for " + course.title() + " on "
                    + TimeFormats.local(b.slot().startsAt) + "; cancel or reschedule that one instead.");
        });
        OralBooking booking = claim(slot, trainee.subject(), trainee, UUID.randomUUID() + "@" + uidDomain, 0, null);
        notify(booking, OralNotice.BOOKED);
        audit.record(event("oral.booked", booking).with("slotId", slot.id).with("startsAt", slot.startsAt));
        return booking;
    }

    public BookingRelease cancel(OralBooking booking, Change change) {
        rules.checkChange(booking, change);
        BookingRelease release = release(booking, BookingRelease.CANCELLED, change);
        notify(booking, OralNotice.CANCELLED);
        audit.record(event("oral.cancelled", booking).with("reason", change.reason()).with("asStaff", change.asStaff()));
        return release;
    }

    /** Moves a booking to another slot of its course: the old one is released and a new one claims the slot. */
    public OralBooking reschedule(OralBooking booking, long newSlotId, Change change) {
        rules.checkChange(booking, change);
        OralSlot target = openSlot(newSlotId);
        if (!target.courseId.equals(booking.courseId) || target.id.equals(booking.slotId)) {
            throw new UserFacingException(400, "slotId: choose another open slot of the same course.");
        }
        release(booking, BookingRelease.RESCHEDULED, change);
        OralBooking moved = claim(target, booking.traineeSubject, change.by(), booking.uid, booking.sequence + 1, booking.id);
        notify(moved, OralNotice.RESCHEDULED);
        boolean examinersLeave = OralExaminer.of(booking.slotId).stream()
                .anyMatch(e -> !OralExaminer.sits(target.id, e.examinerSubject));
        if (examinersLeave) {
            notify(booking, OralNotice.MOVED_AWAY);
        }
        audit.record(event("oral.rescheduled", moved).with("fromBooking", booking.id).with("slotId", target.id)
                .with("startsAt", target.startsAt).with("reason", change.reason()));
        return moved;
    }

    /** An instructor records that the trainee did not come; only once the exam has started, and before any score. */
    public BookingRelease noShow(OralBooking booking, Change change) {
        rules.refuseUnlessActive(booking);
        if (clock.now().isBefore(booking.slot().startsAt)) {
            throw new UserFacingException(409, "The exam has not started yet; a no-show is recorded once it has.");
        }
        if (!OralScore.ofBooking(booking.id).isEmpty()) {
            throw new UserFacingException(409, "This exam has been scored; it cannot be a no-show.");
        }
        BookingRelease release = release(booking, BookingRelease.NO_SHOW, change);
        audit.record(event("oral.no-show", booking).with("reason", change.reason()));
        return release;
    }

    private static UserFacingException withdrawn() {
        return new UserFacingException(409, "This slot was withdrawn by the instructors; choose another one.");
    }

    private static Audited event(String action, OralBooking booking) {
        return Audited.of(action).trainee(booking.traineeSubject).course(booking.courseId).record("oral_booking", booking.id);
    }

    private OralSlot openSlot(long slotId) {
        OralSlot slot = OralSlot.<OralSlot>findByIdOptional(slotId).orElseThrow(() ->
                new UserFacingException(404, "There is no oral exam slot " + slotId + "."));
        if (!clock.now().isBefore(slot.startsAt)) {
            throw new UserFacingException(409, "This slot has already started; choose a later one.");
        }
        if (OralSlotWithdrawal.of(slot.id).isPresent()) {
            throw withdrawn();
        }
        if (OralBooking.activeOfSlot(slot.id).isPresent()) {
            throw taken();
        }
        return slot;
    }

    private OralBooking claim(OralSlot slot, String trainee, Actor by, String uid, int sequence, Long from) {
        OralBooking booking = new OralBooking();
        booking.slotId = slot.id;
        booking.traineeSubject = trainee;
        booking.courseId = slot.courseId;
        booking.legalName = Enrolment.of(trainee, slot.courseId).map(e -> e.legalName).orElse(by.name());
        booking.uid = uid;
        booking.sequence = sequence;
        booking.rescheduledFrom = from;
        booking.bookedBy = by.subject();
        booking.bookedByName = by.name();
        booking.bookedAt = clock.now();
        try {
            booking.persistAndFlush(); // the database's claim keys decide here
        } catch (PersistenceException e) {
            if (DatabaseRefusals.brokeKey(e, "slot_holds_one") || DatabaseRefusals.collided(e)) {
                throw taken();
            }
            if (DatabaseRefusals.triggerRule(e).filter(m -> m.contains("withdrawn")).isPresent()) {
                throw withdrawn();
            }
            if (DatabaseRefusals.brokeKey(e, "trainee_books_once")) {
                throw new UserFacingException(409, "You already have an oral exam booked for this course; "
                        + "cancel or reschedule that one instead.");
            }
            throw e;
        }
        return booking;
    }

    private BookingRelease release(OralBooking booking, String kind, Change change) {
        try {
            return BookingRelease.of(booking, kind, change.reason(), change.by(), clock.now());
        } catch (PersistenceException e) {
            if (DatabaseRefusals.brokeKey(e, "PRIMARY") || DatabaseRefusals.collided(e)) {
                throw new UserFacingException(409, "This booking was changed a moment ago; reload to see it.");
            }
            throw e;
        }
    }

    private void notify(OralBooking booking, String kind) {
        notices.fire(new NoticeWritten(OralNotice.add(booking, kind, clock.now()).id));
    }

    private static UserFacingException taken() {
        return new UserFacingException(409, "This slot has just been taken by someone else; choose another one.");
    }
}

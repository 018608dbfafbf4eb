package org.peercert.oral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.peercert.config.LmsConfig;
import org.peercert.course.CourseCatalog;
import org.peercert.people.PeopleDirectory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The calendar invitation of a booking, as emailed and as downloaded: its course, time and place,
 * the provider as organizer, and the trainee and examiners as attendees.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OralInvites {

    private final CourseCatalog catalog;
    private final PeopleDirectory people;
    private final LmsConfig config;
    private final OralClock clock;

    public OralInvites(CourseCatalog catalog, PeopleDirectory people, LmsConfig config, OralClock clock) {
        this.catalog = catalog;
        this.people = people;
        this.config = config;
        this.clock = clock;
    }

    /** The invitation as it stands now: cancelled (one sequence on) once cancelled, else a request. */
    public String current(OralBooking asked, Predicate<OralBooking> readable) {
        // A moved booking's download is the invitation as it stands now (same UID, later
        // SEQUENCE), never the old time, which a calendar would add back. An examiner left off the
        // new panel may not read the new booking: for them the exam is off, as their email said.
        OralBooking booking = asked.latest();
        if (booking != asked && !readable.test(booking)) {
            return OralInvite.ics(content(asked, true, asked.sequence + 1));
        }
        boolean cancelled = booking.release().filter(r -> BookingRelease.CANCELLED.equals(r.kind)).isPresent();
        return OralInvite.ics(content(booking, cancelled, cancelled ? booking.sequence + 1 : booking.sequence));
    }

    OralInvite.Content content(OralBooking booking, boolean cancel, int sequence) {
        OralSlot slot = booking.slot();
        String course = catalog.find(booking.courseId).map(c -> c.title()).orElse(booking.courseId);
        List<OralInvite.Person> attendees = new ArrayList<>();
        email(booking.traineeSubject).ifPresent(e -> attendees.add(new OralInvite.Person(booking.legalName, e)));
        for (OralExaminer examiner : OralExaminer.of(slot.id)) {
            email(examiner.examinerSubject).ifPresent(e -> attendees.add(new OralInvite.Person(examiner.examinerName, e)));
        }
        String summary = "Oral exam: " + course + " (" + booking.legalName + ")";
        String description = "Oral exam of " + course + " for " + booking.legalName + ", with "
                + String.join(" and ", OralExaminer.of(slot.id).stream().map(e -> e.examinerName).toList()) + ". "
                + (slot.inPerson() ? "In person: " + slot.location : "Live video: " + slot.videoLink) + ". "
                + "Your booking: " + config.publicUrl() + "/oral";
        return new OralInvite.Content(booking.uid, sequence, cancel, slot.startsAt, slot.endsAt, summary, description,
                slot.inPerson() ? slot.location : null, slot.inPerson() ? null : slot.videoLink,
                new OralInvite.Person(config.provider().name(), config.provider().contactEmail()), attendees, clock.now());
    }

    Optional<String> email(String subject) {
        return people.email(subject);
    }
}

package org.peercert.oral;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * An oral exam as an iCalendar invitation (RFC 5545, with iTIP's METHOD from RFC 5546), built with
 * ical4j: REQUEST for a booking or a move, CANCEL for a cancellation. The UID stays the same for a
 * booking and its reschedules, and SEQUENCE grows with each change, so calendars update the event
 * in place. Times are written in UTC, so no time-zone definition is needed.
 */
public final class OralInvite {

    /** A person on the invitation. */
    public record Person(String name, String email) {
    }

    /** What the invitation says. {@code place} is the room, or null when {@code videoLink} is set. */
    public record Content(String uid, int sequence, boolean cancel, Instant start, Instant end, String summary,
                          String description, String place, String videoLink, Person organizer, List<Person> attendees,
                          Instant stamp) {
    }

    public static final String MEDIA_TYPE = "text/calendar";

    private OralInvite() {
    }

    public static String ics(Content c) {
        List<net.fortuna.ical4j.model.Property> props = new ArrayList<>();
        props.add(new Uid(c.uid()));
        props.add(new DtStamp(c.stamp().truncatedTo(ChronoUnit.SECONDS)));
        props.add(new DtStart<>(c.start().truncatedTo(ChronoUnit.SECONDS)));
        props.add(new DtEnd<>(c.end().truncatedTo(ChronoUnit.SECONDS)));
        props.add(new Sequence(c.sequence()));
        props.add(new Summary(c.summary()));
        props.add(new Description(c.description()));
        props.add(c.cancel() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        if (c.place() != null) {
            props.add(new Location(c.place()));
        }
        if (c.videoLink() != null) {
            props.add(new Location(c.videoLink()));
            props.add(new Url(URI.create(c.videoLink())));
        }
        props.add(new Organizer(new ParameterList(List.of(new Cn(c.organizer().name()))), mailto(c.organizer().email())));
        for (Person attendee : c.attendees()) {
            props.add(new Attendee(new ParameterList(List.of(new Cn(attendee.name()), Role.REQ_PARTICIPANT,
                    PartStat.NEEDS_ACTION, Rsvp.FALSE)), mailto(attendee.email())));
        }
        VEvent event = new VEvent(new net.fortuna.ical4j.model.PropertyList(props));
        Calendar calendar = new Calendar(new net.fortuna.ical4j.model.PropertyList(List.of(
                new ProdId("-//PeerCert//Oral exams//EN"), ImmutableVersion.VERSION_2_0, ImmutableCalScale.GREGORIAN,
                c.cancel() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST)),
                new net.fortuna.ical4j.model.ComponentList<>(List.of(event)));
        return write(calendar);
    }

    /** The MIME type of an invitation, with its method, as calendar clients expect on an email part. */
    public static String mimeType(boolean cancel) {
        return MEDIA_TYPE + "; charset=UTF-8; method=" + (cancel ? "CANCEL" : "REQUEST");
    }

    private static URI mailto(String email) {
        return URI.create("mailto:" + email);
    }

    private static String write(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}

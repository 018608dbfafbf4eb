package org.peercert.oral;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.peercert.support.MailServer;
import org.peercert.support.PackagedApp;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads invitations back with ical4j, from a download or from the emails GreenMail received. */
final class Invites {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** What a test checks of an invitation. */
    record Parsed(String method, String uid, String dtStart, String organizer, int sequence, String status, List<String> attendees) {
    }

    /** An email with its subject, the MIME type of its calendar part, and the invitation it carries. */
    record Letter(String subject, String partType, Parsed invite) {
    }

    private Invites() {
    }

    static String utc(Instant instant) {
        return UTC.format(instant);
    }

    static Parsed parse(String ics) {
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
            VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
            return new Parsed(value(calendar.getProperty(Property.METHOD)), value(event.getProperty(Property.UID)),
                    value(event.getProperty(Property.DTSTART)), value(event.getProperty(Property.ORGANIZER)),
                    Integer.parseInt(value(event.getProperty(Property.SEQUENCE))), value(event.getProperty(Property.STATUS)),
                    event.getProperties(Property.ATTENDEE).stream().map(Property::getValue).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new AssertionError("not valid iCalendar: " + e.getMessage() + "\n" + ics, e);
        }
    }

    /**
     * The emails to {@code address} with this UID once there are {@code count} of them (they are
     * sent after the answer, from the service's sender thread), waiting up to 90 seconds: longer
     * than GreenMail's 30-second socket timeout, which a stalled send once waited out.
     */
    static List<Letter> awaitReceived(String address, String uid, int count) {
        Instant limit = Instant.now().plusSeconds(90);
        List<Letter> letters = received(address, uid);
        while (letters.size() < count && Instant.now().isBefore(limit)) {
            PackagedApp.pause(Duration.ofMillis(100));
            letters = received(address, uid);
        }
        return letters;
    }

    /** Every email to {@code address} whose invitation has this UID, in the order they arrived. */
    static List<Letter> received(String address, String uid) {
        List<Letter> letters = new ArrayList<>();
        for (MimeMessage message : MailServer.receivedBy(address)) {
            calendarPart(message).ifPresent(part -> {
                Parsed invite = parse(part[1]);
                if (uid.equals(invite.uid())) {
                    letters.add(new Letter(subject(message), part[0], invite));
                }
            });
        }
        return letters;
    }

    /** The calendar part's MIME type and text. */
    private static Optional<String[]> calendarPart(MimeMessage message) {
        try {
            if (!(message.getContent() instanceof Multipart multipart)) {
                return Optional.empty();
            }
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.getContentType().toLowerCase().startsWith("text/calendar")) {
                    try (InputStream in = part.getInputStream()) {
                        return Optional.of(new String[] {part.getContentType(), new String(in.readAllBytes(), StandardCharsets.UTF_8)});
                    }
                }
            }
            return Optional.empty();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String value(Optional<? extends Property> property) {
        return property.map(Property::getValue).orElse(null);
    }
}

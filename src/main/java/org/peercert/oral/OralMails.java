package org.peercert.oral;

import jakarta.enterprise.context.ApplicationScoped;
import org.peercert.config.LmsConfig;
import org.peercert.course.CourseCatalog;
import org.peercert.web.TimeFormats;

/** The words of the oral-exam emails: to the trainee, or to an examiner, for each kind of notice. */
@ApplicationScoped
public class OralMails {

    /** An email's subject and plain-text body. */
    public record Text(String subject, String body) {
    }

    private final CourseCatalog catalog;
    private final ChangeRules rules;
    private final LmsConfig config;

    public OralMails(CourseCatalog catalog, ChangeRules rules, LmsConfig config) {
        this.catalog = catalog;
        this.rules = rules;
        this.config = config;
    }

    Text text(OralNotice notice, OralBooking booking, boolean toExaminer) {
        OralSlot slot = booking.slot();
        String course = catalog.find(booking.courseId).map(c -> c.title()).orElse(booking.courseId);
        String when = TimeFormats.local(slot.startsAt);
        String place = slot.inPerson() ? "in person at " + slot.location : "by live video: " + slot.videoLink;
        String who = toExaminer ? booking.legalName + "'s" : "Your";
        String subject = switch (notice.kind) {
            case OralNotice.BOOKED -> who + " oral exam is booked: " + when;
            case OralNotice.RESCHEDULED -> who + " oral exam has moved to " + when;
            case OralNotice.CANCELLED, OralNotice.MOVED_AWAY -> who + " oral exam on " + when + " is cancelled";
            default -> "Reminder: " + (toExaminer ? booking.legalName + "'s" : "your") + " oral exam, " + when;
        };
        String lead = switch (notice.kind) {
            case OralNotice.CANCELLED -> "The oral exam of " + course + " on " + when + " is cancelled.";
            case OralNotice.MOVED_AWAY -> "The oral exam of " + course + " for " + booking.legalName + " on " + when
                    + " has moved to another panel; you are no longer needed for it.";
            default -> "The oral exam of " + course + " for " + booking.legalName + " is on " + when + ", " + place + ".";
        };
        String next = toExaminer ? "The calendar invitation is attached. Score the exam on " + config.publicUrl()
                + "/oral/bookings/" + booking.id + " once it has started."
                : rules.changesCloseAt(slot).isAfter(java.time.Instant.now())
                ? "The calendar invitation is attached. You can cancel or reschedule on " + config.publicUrl()
                + "/oral until " + TimeFormats.local(rules.changesCloseAt(slot)) + "; after that, contact your training provider."
                // Booked or moved inside the no-change window: no date already past.
                : "The calendar invitation is attached. The exam is inside the no-change window, so to cancel or move it, "
                + "contact your training provider.";
        String body = "Hello,\n\n" + lead + "\n\n" + (OralNotice.CANCELLED.equals(notice.kind) || OralNotice.MOVED_AWAY.equals(notice.kind)
                ? "The attached update removes it from your calendar." : next) + "\n\n"
                + config.provider().name() + "\n" + config.provider().contactEmail() + "\n";
        return new Text(subject, body);
    }
}

package org.peercert.oral;

import java.time.Instant;
import java.util.List;

/**
 * A slot as the API and pages show it. {@code booking} is the active booking, shown to staff
 * only; trainees see whether a slot is open, never who took it.
 */
public record SlotView(long id, String courseId, String courseTitle, Instant startsAt, Instant endsAt, long minutes,
                       String format, String location, String videoLink, List<String> examiners, boolean open,
                       BookingSummary booking) {

    /** Who holds a slot, for staff. */
    public record BookingSummary(long id, String legalName, String status) {
    }

    static SlotView of(OralSlot slot, String courseTitle, boolean open, BookingSummary booking) {
        return new SlotView(slot.id, slot.courseId, courseTitle, slot.startsAt, slot.endsAt, slot.minutes(), slot.format,
                slot.location, slot.videoLink, OralExaminer.of(slot.id).stream().map(e -> e.examinerName).toList(), open, booking);
    }

    public String place() {
        return "in-person".equals(format) ? location : videoLink;
    }

    /** The examiners' names as a sentence: "Dana Whitfield and Avery Combs". */
    public String panel() {
        return String.join(" and ", examiners);
    }

    public boolean inPerson() {
        return "in-person".equals(format);
    }
}

package org.peercert.oral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.peercert.course.Course;
import org.peercert.people.Actor;
import org.peercert.web.TimeFormats;
import org.peercert.audit.AuditLog;
import org.peercert.audit.Audited;
import org.peercert.web.UserFacingException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Publishes oral-exam slots: a course, a start on a five-minute mark, a length, a place (a room,
 * or a video link) and a panel of one or two instructors. The database refuses an examiner in two
 * overlapping slots, whatever runs at the same moment; the check here only names the other slot.
 */
@ApplicationScoped
@Transactional
public class SlotService {

    /** What an instructor or admin publishes; minutes default to the rubric's exam length. */
    public record Publication(Instant startsAt, Integer minutes, String format, String location, String videoLink,
                              List<String> examiners) {
    }

    private final Examiners examiners;
    private final OralClock clock;
    private final AuditLog audit;

    public SlotService(Examiners examiners, OralClock clock, AuditLog audit) {
        this.audit = audit;
        this.examiners = examiners;
        this.clock = clock;
    }

    public OralSlot publish(Course course, Publication p, Actor by) {
        OralRubric rubric = course.oralExam().orElseThrow(() -> new UserFacingException(400,
                "courseId: " + course.title() + " has no oral exam."));
        int minutes = p.minutes() == null ? rubric.settings().minutes() : p.minutes();
        checkTimes(p.startsAt(), minutes);
        List<Examiners.Examiner> panel = examiners.panel(p.examiners());
        Instant end = p.startsAt().plus(Duration.ofMinutes(minutes));
        for (Examiners.Examiner examiner : panel) {
            OralSlot.overlapping(examiner.subject(), p.startsAt(), end).ifPresent(other -> {
                throw overlap(examiner, other);
            });
        }
        OralSlot slot = slot(course, p, end, by, clock.now());
        try {
            for (int seat = 0; seat < panel.size(); seat++) {
                OralExaminer sitting = new OralExaminer();
                sitting.key = new OralExaminer.Key(slot.id, seat + 1);
                sitting.examinerSubject = panel.get(seat).subject();
                sitting.examinerName = panel.get(seat).name();
                sitting.persistAndFlush(); // the database takes the examiner's time here
            }
        } catch (PersistenceException e) {
            if (DatabaseRefusals.brokeKey(e, "examiner_time_once") || DatabaseRefusals.collided(e)) {
                throw new UserFacingException(409, "examiners: an examiner was just given another slot at this time; "
                        + "choose another time or examiner.");
            }
            throw e;
        }
        audit.record(Audited.of("oral.slot-published").course(course.id()).record("oral_slot", slot.id)
                .with("startsAt", slot.startsAt).with("minutes", minutes).with("format", p.format())
                .with("examiners", panel.stream().map(Examiners.Examiner::name).toList()));
        return slot;
    }

    /**
     * Takes back a published slot nobody holds, with a reason: its publisher, one of its examiners
     * or an admin. The examiners' time is free again. A booked slot is refused (cancel or move the
     * booking first); the database refuses it too, should a booking arrive at the same moment.
     */
    public OralSlotWithdrawal withdraw(OralSlot slot, String reason, Actor by, boolean admin) {
        boolean own = slot.publishedBy.equals(by.subject()) || OralExaminer.sits(slot.id, by.subject());
        if (!admin && !own) {
            throw new UserFacingException(403, "Only the slot's examiners, whoever published it, or an admin can withdraw it.");
        }
        if (reason == null || reason.isBlank() || reason.trim().length() > 1000) {
            throw new UserFacingException(400, "reason: say why the slot is withdrawn (up to 1,000 characters); it is kept as evidence.");
        }
        if (OralSlotWithdrawal.of(slot.id).isPresent()) {
            throw new UserFacingException(409, "This slot is already withdrawn.");
        }
        if (!clock.now().isBefore(slot.startsAt)) {
            throw new UserFacingException(409, "This slot has already started; it stays on record as it is.");
        }
        OralBooking.activeOfSlot(slot.id).ifPresent(b -> {
            throw new UserFacingException(409, b.legalName + " holds this slot: cancel or move the booking first, "
                    + "so that they are told.");
        });
        OralSlotWithdrawal withdrawal = new OralSlotWithdrawal();
        withdrawal.slotId = slot.id;
        withdrawal.reason = reason.trim();
        withdrawal.withdrawnBy = by.subject();
        withdrawal.withdrawnByName = by.name();
        withdrawal.withdrawnAt = clock.now();
        try {
            withdrawal.persistAndFlush();
        } catch (PersistenceException e) {
            if (DatabaseRefusals.triggerRule(e).isPresent() || DatabaseRefusals.collided(e)) {
                throw new UserFacingException(409, "A trainee has just booked this slot: cancel or move the booking first.");
            }
            throw e;
        }
        audit.record(Audited.of("oral.slot-withdrawn").course(slot.courseId).record("oral_slot", slot.id)
                .with("startsAt", slot.startsAt).with("reason", withdrawal.reason));
        return withdrawal;
    }

    private void checkTimes(Instant start, int minutes) {
        if (start == null) {
            throw new UserFacingException(400, "startsAt: say when the exam starts.");
        }
        if (!start.isAfter(clock.now())) {
            throw new UserFacingException(400, "startsAt: the exam must start in the future.");
        }
        if (start.getEpochSecond() % 300 != 0 || start.getNano() != 0) {
            throw new UserFacingException(400, "startsAt: start on a five-minute mark, such as 10:00 or 10:05.");
        }
        if (minutes < 5 || minutes > 240 || minutes % 5 != 0) {
            throw new UserFacingException(400, "minutes: an exam lasts 5 to 240 minutes, in steps of 5.");
        }
    }

    private static OralSlot slot(Course course, Publication p, Instant end, Actor by, Instant now) {
        boolean inPerson = "in-person".equals(p.format());
        if (!inPerson && !"live-video".equals(p.format())) {
            throw new UserFacingException(400, "format: use in-person or live-video.");
        }
        String location = blankToNull(p.location());
        String link = blankToNull(p.videoLink());
        if (inPerson && location == null) {
            throw new UserFacingException(400, "location: say where the in-person exam takes place.");
        }
        if (!inPerson && (link == null || !link.startsWith("https://"))) {
            throw new UserFacingException(400, "videoLink: give the live video link, starting with https://.");
        }
        OralSlot slot = new OralSlot();
        slot.courseId = course.id();
        slot.startsAt = p.startsAt();
        slot.endsAt = end;
        slot.format = p.format();
        slot.location = inPerson ? location : null;
        slot.videoLink = inPerson ? null : link;
        slot.publishedBy = by.subject();
        slot.publishedByName = by.name();
        slot.publishedAt = now;
        slot.persistAndFlush();
        return slot;
    }

    private static UserFacingException overlap(Examiners.Examiner examiner, OralSlot other) {
        return new UserFacingException(409, "examiners: " + examiner.name() + " already examines from "
                + TimeFormats.local(other.startsAt) + " to " + TimeFormats.local(other.endsAt)
                + " (slot " + other.id + "); an examiner cannot be in two slots at once.");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

package org.peercert.oral;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** An examiner panel's time for one oral exam of a course, in person or over live video. */
@Entity
@Table(name = "oral_slot")
@Immutable
public class OralSlot extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "course_id")
    public String courseId;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    /** {@code in-person} or {@code live-video}. */
    public String format;

    public String location;

    @Column(name = "video_link")
    public String videoLink;

    @Column(name = "published_by")
    public String publishedBy;

    @Column(name = "published_by_name")
    public String publishedByName;

    @Column(name = "published_at")
    public Instant publishedAt;

    public long minutes() {
        return Duration.between(startsAt, endsAt).toMinutes();
    }

    public boolean inPerson() {
        return "in-person".equals(format);
    }

    /** Where the exam happens: the room, or the video link. */
    public String place() {
        return inPerson() ? location : videoLink;
    }

    /** Slots of a course that start after {@code from}, soonest first. */
    /** Withdrawn slots are in no list and block no examiner: they stay only as evidence. */
    private static final String LIVE = " and not exists (from OralSlotWithdrawal w where w.slotId = s.id)";

    public static List<OralSlot> ofCourseFrom(String courseId, Instant from) {
        return list("from OralSlot s where s.courseId = ?1 and s.startsAt > ?2" + LIVE + " order by s.startsAt", courseId, from);
    }

    /** Every slot that ends after {@code from}, soonest first. */
    public static List<OralSlot> endingAfter(Instant from) {
        return list("from OralSlot s where s.endsAt > ?1" + LIVE + " order by s.startsAt", from);
    }

    /** Slots that end after {@code from} where {@code subject} examines or which they published. */
    public static List<OralSlot> ofStaffEndingAfter(String subject, Instant from) {
        return list("from OralSlot s where s.endsAt > ?2 and (s.publishedBy = ?1 or exists "
                + "(from OralExaminer e where e.key.slotId = s.id and e.examinerSubject = ?1))" + LIVE + " order by s.startsAt",
                subject, from);
    }

    /** Whether an examiner already sits in a slot that overlaps {@code [start, end)}: for a helpful refusal. */
    public static java.util.Optional<OralSlot> overlapping(String examiner, Instant start, Instant end) {
        return find("from OralSlot s where s.startsAt < ?3 and s.endsAt > ?2 and exists "
                + "(from OralExaminer e where e.key.slotId = s.id and e.examinerSubject = ?1)" + LIVE, examiner, start, end)
                .firstResultOptional();
    }
}

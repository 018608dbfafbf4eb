package org.peercert.hours;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.peercert.people.Actor;

import java.time.Instant;
import java.util.List;

/**
 * One append-only line of the training-hours ledger: minutes toward one competency of one
 * course, the evidence they rest on, and who recorded them when. A correction is a new line.
 */
@Entity
@Table(name = "hours_entry")
@Immutable
public class HoursEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "trainee_subject")
    public String traineeSubject;

    @Column(name = "course_id")
    public String courseId;

    @Column(name = "competency_id")
    public String competencyId;

    /** A {@link HoursSource} code. */
    public String source;

    /** Clock minutes; negative only in an adjustment. */
    public int minutes;

    @Column(name = "live_session_id")
    public Long liveSessionId;

    @Column(name = "module_slug")
    public String moduleSlug;

    public String evidence;

    public String reason;

    @Column(name = "corrects_entry")
    public Long correctsEntry;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_by_name")
    public String recordedByName;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** A new line, not yet persisted. */
    public static HoursEntry line(String trainee, String course, String competency, HoursSource source, int minutes,
                                  String evidence, Actor by) {
        HoursEntry entry = new HoursEntry();
        entry.traineeSubject = trainee;
        entry.courseId = course;
        entry.competencyId = competency;
        entry.source = source.code;
        entry.minutes = minutes;
        entry.evidence = evidence;
        entry.recordedBy = by.subject();
        entry.recordedByName = by.name();
        entry.recordedAt = Instant.now();
        return entry;
    }

    public static List<HoursEntry> of(String trainee, String course) {
        return list("traineeSubject = ?1 and courseId = ?2 order by recordedAt, id", trainee, course);
    }
}

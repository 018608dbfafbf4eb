package org.peercert.hours;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** One accepted heartbeat of the module reader and the seconds the server credited for it. */
@Entity
@Table(name = "activity_beat")
@Immutable
public class ActivityBeat extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "trainee_subject")
    public String traineeSubject;

    @Column(name = "course_id")
    public String courseId;

    @Column(name = "module_slug")
    public String moduleSlug;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "credited_ms")
    public int creditedMs;

    public String note;

    /** Milliseconds credited on one module so far. */
    public static long moduleMs(String trainee, String course, String module) {
        Long sum = find("select coalesce(sum(creditedMs), 0) from ActivityBeat where traineeSubject = ?1 and courseId = ?2 "
                + "and moduleSlug = ?3", trainee, course, module).project(Long.class).firstResult();
        return sum == null ? 0 : sum;
    }

    /** Milliseconds credited in a course since {@code since}, for the daily cap. */
    public static long courseMsSince(String trainee, String course, Instant since) {
        Long sum = find("select coalesce(sum(creditedMs), 0) from ActivityBeat where traineeSubject = ?1 and courseId = ?2 "
                + "and receivedAt > ?3", trainee, course, since).project(Long.class).firstResult();
        return sum == null ? 0 : sum;
    }
}

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
import java.util.List;

/** A scheduled class, in person or over two-way video, counting toward one competency. */
@Entity
@Table(name = "live_session")
@Immutable
public class LiveSession extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "course_id")
    public String courseId;

    @Column(name = "competency_id")
    public String competencyId;

    public String title;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    /** {@code in-person} or {@code live-video}. */
    public String format;

    public String location;

    @Column(name = "video_link")
    public String videoLink;

    @Column(name = "instructor_subject")
    public String instructorSubject;

    @Column(name = "instructor_name")
    public String instructorName;

    @Column(name = "created_at")
    public Instant createdAt;

    /** Whether the session is on now: check-in codes work only then. */
    public boolean isRunning() {
        Instant now = Instant.now();
        return !now.isBefore(startsAt) && !now.isAfter(endsAt);
    }

    public static List<LiveSession> ofCourse(String courseId) {
        return list("courseId = ?1 order by startsAt", courseId);
    }

    /** Sessions a trainee is on the roster of, from {@code from} on, soonest first. */
    public static List<LiveSession> upcomingFor(String trainee, Instant from) {
        return list("from LiveSession s where s.endsAt >= ?2 and exists "
                + "(from RosterEntry r where r.sessionId = s.id and r.traineeSubject = ?1) order by s.startsAt", trainee, from);
    }
}

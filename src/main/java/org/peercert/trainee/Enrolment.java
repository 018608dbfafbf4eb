package org.peercert.trainee;

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
import java.util.Optional;

/**
 * A trainee in a course, pinned to the course's content version and the trainee's legal name
 * (as Keycloak held it) on the day they started. Never changed once written.
 */
@Entity
@Table(name = "enrolment")
@Immutable
public class Enrolment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "trainee_subject")
    public String traineeSubject;

    @Column(name = "course_id")
    public String courseId;

    @Column(name = "content_version")
    public String contentVersion;

    @Column(name = "legal_name")
    public String legalName;

    @Column(name = "request_id")
    public Long requestId;

    @Column(name = "enrolled_by")
    public String enrolledBy;

    @Column(name = "enrolled_by_name")
    public String enrolledByName;

    @Column(name = "enrolled_at")
    public Instant enrolledAt;

    public static Optional<Enrolment> of(String traineeSubject, String courseId) {
        return find("traineeSubject = ?1 and courseId = ?2", traineeSubject, courseId).firstResultOptional();
    }

    /** Whether the trainee is enrolled, without loading the enrolment (the reader's heartbeat asks on every beat). */
    public static boolean exists(String traineeSubject, String courseId) {
        return count("traineeSubject = ?1 and courseId = ?2", traineeSubject, courseId) > 0;
    }

    public static List<Enrolment> ofTrainee(String traineeSubject) {
        return list("traineeSubject = ?1 order by enrolledAt", traineeSubject);
    }

    public static List<Enrolment> inCourse(String courseId) {
        return list("courseId = ?1 order by legalName", courseId);
    }

    /** Every enrolment, by course then name: the admins' and reviewers' overview. */
    public static List<Enrolment> everyone() {
        return list("order by courseId, legalName");
    }

    /** The enrolments of trainees on the rosters of an instructor's own sessions, in those sessions' courses. */
    public static List<Enrolment> onRostersOf(String instructor) {
        return list("from Enrolment e where exists (from LiveSession s, RosterEntry r where r.sessionId = s.id "
                + "and s.instructorSubject = ?1 and s.courseId = e.courseId and r.traineeSubject = e.traineeSubject) "
                + "order by e.courseId, e.legalName", instructor);
    }
}

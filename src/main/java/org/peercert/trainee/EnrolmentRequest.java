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

/** A trainee asking to join a course that needs an admin's approval. Answered by an enrolment. */
@Entity
@Table(name = "enrolment_request")
@Immutable
public class EnrolmentRequest extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "trainee_subject")
    public String traineeSubject;

    @Column(name = "trainee_name")
    public String traineeName;

    @Column(name = "course_id")
    public String courseId;

    @Column(name = "requested_at")
    public Instant requestedAt;

    public static Optional<EnrolmentRequest> pending(String traineeSubject, String courseId) {
        return find("traineeSubject = ?1 and courseId = ?2", traineeSubject, courseId).firstResultOptional();
    }

    /** This trainee's requests not yet answered by an enrolment, oldest first. */
    public static List<EnrolmentRequest> openOf(String traineeSubject) {
        return list("from EnrolmentRequest r where r.traineeSubject = ?1 and not exists (from Enrolment e where "
                + "e.traineeSubject = r.traineeSubject and e.courseId = r.courseId) order by r.requestedAt", traineeSubject);
    }

    /** Requests not yet answered by an enrolment, oldest first. */
    public static List<EnrolmentRequest> open() {
        return list("from EnrolmentRequest r where not exists "
                + "(from Enrolment e where e.traineeSubject = r.traineeSubject and e.courseId = r.courseId) order by r.requestedAt");
    }
}

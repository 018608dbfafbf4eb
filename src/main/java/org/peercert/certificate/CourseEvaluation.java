package org.peercert.certificate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.Optional;

/** A trainee's course evaluation (its ratings are {@link EvaluationRating}s), submitted once. */
@Entity
@Table(name = "course_evaluation")
@Immutable
public class CourseEvaluation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "trainee_subject")
    public String traineeSubject;

    @Column(name = "course_id")
    public String courseId;

    @Column(name = "content_version")
    public String contentVersion;

    public String comments;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    public static Optional<CourseEvaluation> of(String trainee, String courseId) {
        return find("traineeSubject = ?1 and courseId = ?2", trainee, courseId).firstResultOptional();
    }
}

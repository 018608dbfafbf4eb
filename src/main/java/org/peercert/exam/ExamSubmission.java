package org.peercert.exam;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The end of an attempt and its score, written once (the attempt id is the primary key). */
@Entity
@Table(name = "exam_submission")
@Immutable
public class ExamSubmission extends PanacheEntityBase {

    /** Submitted by the trainee, or finalised by the server at the deadline. */
    public static final String SUBMITTED = "submitted";
    public static final String DEADLINE = "deadline";

    @Id
    @Column(name = "attempt_id")
    public long attemptId;

    @Column(name = "finalised_at")
    public Instant finalisedAt;

    /** {@link #SUBMITTED} or {@link #DEADLINE}. */
    public String how;

    public int correct;

    public int questions;

    @Column(name = "score_percent")
    public BigDecimal scorePercent;

    public boolean passed;

    /** JSON list of {@link Score.CompetencyScore}. */
    @Column(name = "by_competency")
    public String byCompetency;

    public static Optional<ExamSubmission> of(long attemptId) {
        return findByIdOptional(attemptId);
    }

    public static List<ExamSubmission> inCourse(String courseId) {
        return list("attemptId in (select a.id from ExamAttempt a where a.courseId = ?1)", courseId);
    }
}

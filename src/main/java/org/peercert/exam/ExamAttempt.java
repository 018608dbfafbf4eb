package org.peercert.exam;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One sitting of a written exam or post-test. Everything it is judged by is fixed when it starts:
 * the draw, the deadline (with the accommodation of that day), the grace and the pass mark. Its
 * end is an {@link ExamSubmission}, never a change to this row.
 */
@Entity
@Table(name = "exam_attempt")
@Immutable
public class ExamAttempt extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "trainee_subject")
    public String traineeSubject;

    @Column(name = "legal_name")
    public String legalName;

    @Column(name = "course_id")
    public String courseId;

    /** An {@link ExamKind} code. */
    @Column(name = "exam_kind")
    public String examKind;

    @Column(name = "attempt_number")
    public int attemptNumber;

    @Column(name = "content_version")
    public String contentVersion;

    @Column(name = "started_at")
    public Instant startedAt;

    public Instant deadline;

    @Column(name = "grace_seconds")
    public int graceSeconds;

    @Column(name = "time_limit_minutes")
    public int timeLimitMinutes;

    @Column(name = "time_multiplier")
    public BigDecimal timeMultiplier;

    @Column(name = "pass_percent")
    public int passPercent;

    @Column(name = "show_answers")
    public boolean showAnswers;

    @Column(name = "question_count")
    public int questionCount;

    /** The {@link Draw} as JSON, keys included: read on the server only. */
    public String draw;

    /** The last moment an answer is accepted: the deadline and the grace for answers in flight. */
    public Instant acceptsUntil() {
        return deadline.plusSeconds(graceSeconds);
    }

    public static List<ExamAttempt> of(String trainee, String courseId) {
        return list("traineeSubject = ?1 and courseId = ?2 order by attemptNumber", trainee, courseId);
    }

    public static List<ExamAttempt> inCourse(String courseId) {
        return list("courseId = ?1 order by legalName, traineeSubject, attemptNumber", courseId);
    }

    /** Ids of attempts past their deadline (grace not considered) that have no submission yet. */
    public static List<Long> pastDeadlineOpen(Instant now, int limit) {
        return getEntityManager().createQuery("select a.id from ExamAttempt a where a.deadline < ?1 and not exists "
                        + "(from ExamSubmission s where s.attemptId = a.id) order by a.deadline", Long.class)
                .setParameter(1, now).setMaxResults(limit).getResultList();
    }

    /** The same for one trainee in one course. */
    public static List<Long> pastDeadlineOpen(String trainee, String courseId, Instant now) {
        return getEntityManager().createQuery("select a.id from ExamAttempt a where a.traineeSubject = ?1 "
                        + "and a.courseId = ?2 and a.deadline < ?3 and not exists "
                        + "(from ExamSubmission s where s.attemptId = a.id)", Long.class)
                .setParameter(1, trainee).setParameter(2, courseId).setParameter(3, now).getResultList();
    }

    /**
     * The attempt, its row locked until the transaction ends: saves, submission and finalisation
     * of one attempt queue up instead of racing. Empty when there is no such attempt.
     */
    public static java.util.Optional<ExamAttempt> locked(long id) {
        List<?> found = getEntityManager().createNativeQuery("SELECT id FROM exam_attempt WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id).getResultList();
        return found.isEmpty() ? java.util.Optional.empty() : findByIdOptional(id);
    }
}

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

/** One try at a module's knowledge check, graded by the server. */
@Entity
@Table(name = "knowledge_check_attempt")
@Immutable
public class KnowledgeCheckAttempt extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "trainee_subject")
    public String traineeSubject;

    @Column(name = "course_id")
    public String courseId;

    @Column(name = "module_slug")
    public String moduleSlug;

    public int correct;

    public int questions;

    public boolean passed;

    public String answers;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    public static long tries(String trainee, String course, String module) {
        return count("traineeSubject = ?1 and courseId = ?2 and moduleSlug = ?3", trainee, course, module);
    }

    /** The attempt, if it is this trainee's at this module: another's id finds nothing. */
    public static java.util.Optional<KnowledgeCheckAttempt> ofTrainee(long id, String trainee, String course, String module) {
        return find("id = ?1 and traineeSubject = ?2 and courseId = ?3 and moduleSlug = ?4", id, trainee, course, module)
                .firstResultOptional();
    }

    public static boolean passed(String trainee, String course, String module) {
        return count("traineeSubject = ?1 and courseId = ?2 and moduleSlug = ?3 and passed = true", trainee, course, module) > 0;
    }
}

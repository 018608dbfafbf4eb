package org.peercert.hours;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;
import java.time.Instant;

/** A self-paced module credited to a trainee, once; it points at the ledger line it made. */
@Entity
@Table(name = "module_completion")
@Immutable
public class ModuleCompletion extends PanacheEntityBase {

    /** Trainee, course and module: the key that makes a second credit impossible. */
    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "trainee_subject")
        public String traineeSubject;
        @Column(name = "course_id")
        public String courseId;
        @Column(name = "module_slug")
        public String moduleSlug;

        public Key() {
        }

        public Key(String traineeSubject, String courseId, String moduleSlug) {
            this.traineeSubject = traineeSubject;
            this.courseId = courseId;
            this.moduleSlug = moduleSlug;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.traineeSubject.equals(traineeSubject) && k.courseId.equals(courseId)
                    && k.moduleSlug.equals(moduleSlug);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(traineeSubject, courseId, moduleSlug);
        }
    }

    @EmbeddedId
    public Key key;

    @Column(name = "hours_entry_id")
    public Long hoursEntryId;

    @Column(name = "completed_at")
    public Instant completedAt;

    public static boolean exists(String trainee, String course, String module) {
        return findById(new Key(trainee, course, module)) != null;
    }
}

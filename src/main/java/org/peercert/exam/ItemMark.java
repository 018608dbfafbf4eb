package org.peercert.exam;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * How one drawn question of an attempt was marked, with the answer in the bank's own terms
 * (option numbers, true/false, typed text), so item analysis needs no draw to read it.
 */
@Entity
@Table(name = "exam_item_mark")
@IdClass(ItemMark.Key.class)
@Immutable
public class ItemMark extends PanacheEntityBase {

    @Id
    @Column(name = "attempt_id")
    public long attemptId;

    @Id
    public int position;

    @Column(name = "question_id")
    public String questionId;

    @Column(name = "competency_id")
    public String competencyId;

    public boolean correct;

    /** The answer as {@link Grading} reads it, a JSON list of strings. */
    public String given;

    public static List<ItemMark> of(long attemptId) {
        return list("attemptId = ?1 order by position", attemptId);
    }

    public static List<ItemMark> inCourse(String courseId) {
        return list("attemptId in (select a.id from ExamAttempt a where a.courseId = ?1)", courseId);
    }

    /** The composite key: attempt and position in the draw. */
    public static class Key implements Serializable {
        public long attemptId;
        public int position;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.attemptId == attemptId && k.position == position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(attemptId, position);
        }
    }
}

package org.peercert.certificate;

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

/** One Likert answer of a course evaluation: 1 (strongly disagree) to 5 (strongly agree). */
@Entity
@Table(name = "course_evaluation_rating")
@IdClass(EvaluationRating.Key.class)
@Immutable
public class EvaluationRating extends PanacheEntityBase {

    @Id
    @Column(name = "evaluation_id")
    public Long evaluationId;

    @Id
    @Column(name = "item_id")
    public String itemId;

    public int rating;

    /** The composite key: an evaluation and one of its items. */
    public static class Key implements Serializable {
        public Long evaluationId;
        public String itemId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(evaluationId, k.evaluationId) && Objects.equals(itemId, k.itemId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(evaluationId, itemId);
        }
    }

    public static List<EvaluationRating> of(Long evaluationId) {
        return list("evaluationId", evaluationId);
    }
}

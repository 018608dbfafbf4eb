package org.peercert.oral;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;
import java.util.List;

/** The points one score gives one criterion, with the criterion's title as the rubric had it. */
@Entity
@Table(name = "oral_score_point")
@Immutable
public class ScorePoint extends PanacheEntityBase {

    /** Which criterion of which score. */
    @Embeddable
    public record Key(@Column(name = "score_id") Long scoreId, @Column(name = "criterion_id") String criterionId)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "criterion_title")
    public String criterionTitle;

    public int points;

    @Column(name = "max_points")
    public int maxPoints;

    public String criterionId() {
        return key.criterionId();
    }

    public static List<ScorePoint> of(long scoreId) {
        return list("key.scoreId", scoreId);
    }
}

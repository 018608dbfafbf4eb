package org.peercert.exam;

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

/** One autosave of one answer. Rows are only added: the latest per question is the answer. */
@Entity
@Table(name = "exam_answer")
@Immutable
public class ExamAnswer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "attempt_id")
    public long attemptId;

    /** The opaque question id of the draw. */
    @Column(name = "item_key")
    public String itemKey;

    /** An {@link Answer} as JSON. */
    public String answer;

    @Column(name = "received_at")
    public Instant receivedAt;

    /** Every save of an attempt, oldest first. */
    public static List<ExamAnswer> of(long attemptId) {
        return list("attemptId = ?1 order by id", attemptId);
    }
}

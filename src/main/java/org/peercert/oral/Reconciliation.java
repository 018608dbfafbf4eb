package org.peercert.oral;

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

/** An instructor's or admin's decision between two examiners who disagree, once per pair of scores. */
@Entity
@Table(name = "oral_reconciliation")
@Immutable
public class Reconciliation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "booking_id")
    public Long bookingId;

    @Column(name = "first_score_id")
    public Long firstScoreId;

    @Column(name = "second_score_id")
    public Long secondScoreId;

    public boolean passed;

    public String reason;

    @Column(name = "reconciled_by")
    public String reconciledBy;

    @Column(name = "reconciled_by_name")
    public String reconciledByName;

    @Column(name = "reconciled_at")
    public Instant reconciledAt;

    /** The decision between exactly these two scores, if there is one. */
    public static Optional<Reconciliation> of(long bookingId, long scoreA, long scoreB) {
        return find("bookingId = ?1 and firstScoreId = ?2 and secondScoreId = ?3", bookingId,
                Math.min(scoreA, scoreB), Math.max(scoreA, scoreB)).firstResultOptional();
    }
}

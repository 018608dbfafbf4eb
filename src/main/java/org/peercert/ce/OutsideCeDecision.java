package org.peercert.ce;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.Optional;

/** An admin's answer to an outside-CE claim, given once; a rejection says why. */
@Entity
@Table(name = "outside_ce_decision")
@Immutable
public class OutsideCeDecision extends PanacheEntityBase {

    @Id
    @Column(name = "claim_id")
    public Long claimId;

    public boolean approved;

    public String reason;

    /** The ledger line an approval posted (source outside-ce). */
    @Column(name = "hours_entry_id")
    public Long hoursEntryId;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_by_name")
    public String decidedByName;

    @Column(name = "decided_at")
    public Instant decidedAt;

    public static Optional<OutsideCeDecision> of(long claimId) {
        return findByIdOptional(claimId);
    }
}

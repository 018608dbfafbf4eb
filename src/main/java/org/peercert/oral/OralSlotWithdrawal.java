package org.peercert.oral;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.Optional;

/** A published slot taken back before anyone booked it, by whom and why (V64). */
@Entity
@Table(name = "oral_slot_withdrawal")
@Immutable
public class OralSlotWithdrawal extends PanacheEntityBase {

    @Id
    @Column(name = "slot_id")
    public Long slotId;

    public String reason;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "withdrawn_by_name")
    public String withdrawnByName;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    public static Optional<OralSlotWithdrawal> of(long slotId) {
        return findByIdOptional(slotId);
    }
}

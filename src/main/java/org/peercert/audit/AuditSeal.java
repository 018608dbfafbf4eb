package org.peercert.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/**
 * One link of the audit chain: event {@code eventId} is number {@code seq}, and {@code hash} is
 * SHA-256 over the previous seal's hash, the number and the event's content ({@link AuditChain}).
 * Written by {@link AuditSealer}, never changed.
 */
@Entity
@Table(name = "audit_seal")
@Immutable
public class AuditSeal extends PanacheEntityBase {

    @Id
    public Long seq;

    @Column(name = "event_id")
    public Long eventId;

    @Column(name = "prev_hash")
    public String prevHash;

    public String hash;

    @Column(name = "sealed_at")
    public Instant sealedAt;

    /**
     * The chain's head as committed now. A locking read: under MariaDB's REPEATABLE READ a plain
     * read would see the transaction's snapshot and could miss a seal another node just wrote.
     */
    static AuditSeal head() {
        return find("order by seq desc").withLock(LockModeType.PESSIMISTIC_READ).firstResult();
    }
}

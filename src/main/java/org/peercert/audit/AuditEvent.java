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
 * One event of the audit log: who did what to whose record, when and from where. Events are
 * numbered without gaps and chained by hash ({@link AuditChain}); they are never changed.
 */
@Entity
@Table(name = "audit_event")
@Immutable
public class AuditEvent extends PanacheEntityBase {

    @Id
    public Long seq;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "actor_subject")
    public String actorSubject;

    @Column(name = "actor_name")
    public String actorName;

    @Column(name = "actor_roles")
    public String actorRoles;

    @Column(name = "client_address")
    public String clientAddress;

    public String action;

    @Column(name = "trainee_subject")
    public String traineeSubject;

    @Column(name = "course_id")
    public String courseId;

    @Column(name = "record_type")
    public String recordType;

    @Column(name = "record_id")
    public String recordId;

    /** JSON object: what changed, in words a reviewer can read. */
    public String details;

    @Column(name = "prev_hash")
    public String prevHash;

    public String hash;

    /**
     * The chain's head as committed now. A locking read: under MariaDB's REPEATABLE READ a plain
     * read would see the transaction's snapshot, taken at its first read, and miss an event that
     * another request (or node) committed while this one waited for the chain lock.
     */
    static AuditEvent last() {
        return find("order by seq desc").withLock(LockModeType.PESSIMISTIC_READ).firstResult();
    }
}

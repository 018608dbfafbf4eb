package org.peercert.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/**
 * One event of the audit log: who did what to whose record, when and from where. Events are
 * never changed; each is chained by its {@link AuditSeal} shortly after it commits.
 */
@Entity
@Table(name = "audit_event")
@Immutable
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

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

    /** Its place in the chain, once sealed (a second or so after it commits); null until then. */
    @Formula("(select s.seq from audit_seal s where s.event_id = id)")
    public Long seq;

    @Formula("(select s.prev_hash from audit_seal s where s.event_id = id)")
    public String prevHash;

    @Formula("(select s.hash from audit_seal s where s.event_id = id)")
    public String hash;
}

package org.peercert.hours;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** The moment a session's attendance closed and its credit went to the ledger. Once per session. */
@Entity
@Table(name = "attendance_closure")
@Immutable
public class AttendanceClosure extends PanacheEntityBase {

    @Id
    @Column(name = "session_id")
    public Long sessionId;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closed_by_name")
    public String closedByName;

    @Column(name = "closed_at")
    public Instant closedAt;
}

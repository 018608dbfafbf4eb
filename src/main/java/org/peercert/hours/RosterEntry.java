package org.peercert.hours;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.util.List;

/** A trainee expected in a live session. */
@Entity
@Table(name = "live_session_roster")
@Immutable
public class RosterEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "session_id")
    public Long sessionId;

    @Column(name = "trainee_subject")
    public String traineeSubject;

    @Column(name = "legal_name")
    public String legalName;

    public static List<RosterEntry> of(long sessionId) {
        return list("sessionId = ?1 order by legalName", sessionId);
    }

    public static boolean contains(long sessionId, String trainee) {
        return count("sessionId = ?1 and traineeSubject = ?2", sessionId, trainee) > 0;
    }
}

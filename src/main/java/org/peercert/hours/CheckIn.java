package org.peercert.hours;

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

/** A trainee's try at checking in or out of a live session with the rotating code. */
@Entity
@Table(name = "check_in")
@Immutable
public class CheckIn extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "session_id")
    public Long sessionId;

    @Column(name = "trainee_subject")
    public String traineeSubject;

    /** {@code in} or {@code out}. */
    public String direction;

    public boolean accepted;

    public Instant at;

    @Column(name = "client_address")
    public String clientAddress;

    public static List<CheckIn> accepted(long sessionId) {
        return list("sessionId = ?1 and accepted = true order by traineeSubject, at", sessionId);
    }

    public static long wrongSince(long sessionId, String trainee, Instant since) {
        return count("sessionId = ?1 and traineeSubject = ?2 and accepted = false and at > ?3", sessionId, trainee, since);
    }
}

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

/** A trainee's join and leave times in a live session; one trainee may have several. */
@Entity
@Table(name = "attendance")
@Immutable
public class Attendance extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "session_id")
    public Long sessionId;

    @Column(name = "trainee_subject")
    public String traineeSubject;

    @Column(name = "joined_at")
    public Instant joinedAt;

    @Column(name = "left_at")
    public Instant leftAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_by_name")
    public String recordedByName;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    public static List<Attendance> of(long sessionId) {
        return list("sessionId = ?1 order by traineeSubject, joinedAt", sessionId);
    }
}

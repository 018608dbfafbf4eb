package org.peercert.ce;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A CE reminder that went out; its key (specialist, year, days before) makes it once. */
@Entity
@Table(name = "ce_reminder")
@Immutable
public class CeReminder extends PanacheEntityBase {

    /** Which reminder: of whom, for the CE year ending when, how many days before. */
    @Embeddable
    public record Key(@Column(name = "trainee_subject") String traineeSubject,
                      @Column(name = "year_ends_on") LocalDate yearEndsOn,
                      @Column(name = "days_before") int daysBefore) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "sent_to")
    public String sentTo;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** Inserts the row now, so that a duplicate fails here, before any email is sent. */
    static void record(String trainee, LocalDate yearEndsOn, int daysBefore, String email) {
        CeReminder reminder = new CeReminder();
        reminder.key = new Key(trainee, yearEndsOn, daysBefore);
        reminder.sentTo = email;
        reminder.sentAt = Instant.now();
        reminder.persistAndFlush();
    }

    public static long countFor(String trainee) {
        return count("key.traineeSubject", trainee);
    }
}

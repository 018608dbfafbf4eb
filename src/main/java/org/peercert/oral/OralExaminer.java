package org.peercert.oral;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;
import java.util.List;

/**
 * An examiner on a slot's panel (seat 1 or 2). Inserting one makes the database take the
 * examiner's time for the slot, which fails if they sit in an overlapping slot (see V20).
 */
@Entity
@Table(name = "oral_examiner")
@Immutable
public class OralExaminer extends PanacheEntityBase {

    /** Which seat of which slot. */
    @Embeddable
    public record Key(@Column(name = "slot_id") Long slotId, @Column(name = "seat") int seat) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "examiner_subject")
    public String examinerSubject;

    @Column(name = "examiner_name")
    public String examinerName;

    public static List<OralExaminer> of(long slotId) {
        return list("key.slotId = ?1 order by key.seat", slotId);
    }

    public static boolean sits(long slotId, String subject) {
        return count("key.slotId = ?1 and examinerSubject = ?2", slotId, subject) > 0;
    }
}

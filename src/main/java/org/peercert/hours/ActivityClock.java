package org.peercert.hours;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The server's cursor for one trainee: where and when the last heartbeat came from. It is state,
 * not evidence, and it is locked for each beat so that parallel tabs queue up instead of racing.
 */
@Entity
@Table(name = "activity_clock")
public class ActivityClock extends PanacheEntityBase {

    @Id
    @Column(name = "trainee_subject")
    public String traineeSubject;

    @Column(name = "course_id")
    public String courseId;

    @Column(name = "module_slug")
    public String moduleSlug;

    @Column(name = "last_beat_at")
    public Instant lastBeatAt;

    /**
     * The trainee's clock, locked; created (and reported as new) on the trainee's first beat ever.
     * Only an existing row is ever locked. A locking read of a missing row would lock the gap
     * around it, and new trainees' first beats then deadlock on each other's inserts (the
     * seat-time benchmark's 2,000 first beats did, by the dozen). Clocks are never deleted, so a
     * plain read tells whether the row is there; an existing row gets no INSERT IGNORE, whose
     * shared lock two parallel tabs would both try to upgrade, a deadlock.
     */
    static Locked lock(String trainee, String course, String module, Instant now) {
        boolean exists = !getEntityManager().createNativeQuery("SELECT 1 FROM activity_clock WHERE trainee_subject = ?1")
                .setParameter(1, trainee).getResultList().isEmpty();
        int inserted = exists ? 0 : getEntityManager().createNativeQuery("INSERT IGNORE INTO activity_clock "
                        + "(trainee_subject, course_id, module_slug, last_beat_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, trainee).setParameter(2, course).setParameter(3, module).setParameter(4, now)
                .executeUpdate();
        // A locking read sees the row as committed now; no refresh after it, which would read the
        // transaction's older snapshot.
        ActivityClock clock = getEntityManager().find(ActivityClock.class, trainee, LockModeType.PESSIMISTIC_WRITE);
        return new Locked(clock, inserted == 1);
    }

    record Locked(ActivityClock clock, boolean isNew) {
    }
}

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
     * The existing row is locked first: an INSERT IGNORE on it would take a shared lock that two
     * parallel tabs then both try to upgrade, a deadlock.
     */
    static Locked lock(String trainee, String course, String module, Instant now) {
        ActivityClock existing = getEntityManager().find(ActivityClock.class, trainee, LockModeType.PESSIMISTIC_WRITE);
        if (existing != null) {
            return new Locked(existing, false);
        }
        int inserted = getEntityManager().createNativeQuery("INSERT IGNORE INTO activity_clock "
                        + "(trainee_subject, course_id, module_slug, last_beat_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, trainee).setParameter(2, course).setParameter(3, module).setParameter(4, now)
                .executeUpdate();
        ActivityClock clock = getEntityManager().find(ActivityClock.class, trainee, LockModeType.PESSIMISTIC_WRITE);
        getEntityManager().refresh(clock);
        return new Locked(clock, inserted == 1);
    }

    record Locked(ActivityClock clock, boolean isNew) {
    }
}

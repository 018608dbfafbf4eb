package org.peercert.hours;

import io.quarkus.hibernate.orm.panache.Panache;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The server's cursor for one trainee ({@code activity_clock}): where and when the last heartbeat
 * came from. It is state, not evidence (the beats are), and its row is locked for each beat so
 * that parallel tabs queue up instead of racing. Plain SQL: a beat is the hottest path there is.
 */
final class ActivityClock {

    /** The clock as this beat found it, now locked; {@code isNew} on the trainee's first beat ever. */
    record Locked(String courseId, String moduleSlug, Instant lastBeatAt, boolean isNew) {
    }

    /*
     * One statement that creates the row on a first beat and otherwise locks it as it is. An
     * ON DUPLICATE KEY UPDATE that changes nothing takes the existing row's exclusive record lock
     * (on a primary key: no gap lock, which had new trainees' first beats deadlock by the dozen in
     * the seat-time benchmark, and no shared lock that two tabs would both try to upgrade), and
     * RETURNING (MariaDB 10.5+) gives the row as found. A new row is the one holding this beat's time.
     */
    private static final String LOCK = """
            INSERT INTO activity_clock (trainee_subject, course_id, module_slug, last_beat_at) VALUES (?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE trainee_subject = trainee_subject
            RETURNING course_id, module_slug, last_beat_at""";

    private static final String ADVANCE =
            "UPDATE activity_clock SET course_id = ?, module_slug = ?, last_beat_at = ? WHERE trainee_subject = ?";

    private ActivityClock() {
    }

    /** Locks the trainee's clock until commit; {@code now} must be what this beat records. */
    static Locked lock(String trainee, String course, String module, Instant now) {
        Timestamp at = Timestamp.from(now.truncatedTo(ChronoUnit.MICROS));
        return session().doReturningWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
                lock.setString(1, trainee);
                lock.setString(2, course);
                lock.setString(3, module);
                lock.setTimestamp(4, at, utc());
                try (ResultSet row = lock.executeQuery()) {
                    row.next();
                    Timestamp last = row.getTimestamp(3, utc());
                    return new Locked(row.getString(1), row.getString(2), last.toInstant(), last.equals(at));
                }
            }
        });
    }

    /** Moves the locked clock to this beat. */
    static void advance(String trainee, String course, String module, Instant now) {
        session().doWork(connection -> {
            try (PreparedStatement advance = connection.prepareStatement(ADVANCE)) {
                advance.setString(1, course);
                advance.setString(2, module);
                advance.setTimestamp(3, Timestamp.from(now.truncatedTo(ChronoUnit.MICROS)), utc());
                advance.setString(4, trainee);
                advance.executeUpdate();
            }
        });
    }

    /** Times as Hibernate writes an Instant (UTC), whatever the JVM's zone. A new one each time: a Calendar is not thread-safe. */
    private static java.util.Calendar utc() {
        return java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone(java.time.ZoneOffset.UTC));
    }

    private static Session session() {
        return Panache.getEntityManager().unwrap(Session.class);
    }
}

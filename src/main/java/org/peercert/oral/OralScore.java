package org.peercert.oral;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One examiner's scored rubric for a booking, final once submitted. A correction is a later score
 * by the same examiner that names the one it corrects and says why; the latest one counts.
 */
@Entity
@Table(name = "oral_score")
@Immutable
public class OralScore extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "booking_id")
    public Long bookingId;

    @Column(name = "examiner_subject")
    public String examinerSubject;

    @Column(name = "examiner_name")
    public String examinerName;

    @Column(name = "corrects_score")
    public Long correctsScore;

    public String reason;

    public int total;

    @Column(name = "max_total")
    public int maxTotal;

    public boolean passed;

    public String feedback;

    @Column(name = "content_version")
    public String contentVersion;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    public List<ScorePoint> points() {
        return ScorePoint.of(id);
    }

    /** Every score of a booking, corrections included, in the order they were submitted. */
    public static List<OralScore> ofBooking(long bookingId) {
        return list("bookingId = ?1 order by id", bookingId);
    }

    /** The score that counts for each examiner: their latest. Read with a lock while scoring. */
    public static Collection<OralScore> latestOf(long bookingId, boolean locked) {
        List<OralScore> all = locked
                ? find("bookingId = ?1 order by id", bookingId).withLock(LockModeType.PESSIMISTIC_READ).list()
                : ofBooking(bookingId);
        Map<String, OralScore> latest = new LinkedHashMap<>();
        all.forEach(s -> latest.put(s.examinerSubject, s));
        return latest.values();
    }
}

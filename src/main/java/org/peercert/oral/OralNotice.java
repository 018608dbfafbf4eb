package org.peercert.oral;

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

/**
 * An email about a booking, to its trainee and examiners, with the calendar invitation: written
 * in the transaction that booked, moved or cancelled, so it is never lost, and sent afterwards.
 * Its key (booking, kind) makes each kind once per booking row.
 */
@Entity
@Table(name = "oral_notice")
@Immutable
public class OralNotice extends PanacheEntityBase {

    public static final String BOOKED = "booked";
    public static final String RESCHEDULED = "rescheduled";
    public static final String CANCELLED = "cancelled";
    public static final String REMINDER = "reminder";
    /** To examiners of a rescheduled booking's old slot who are not on the new one: a cancellation. */
    public static final String MOVED_AWAY = "moved-away";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "booking_id")
    public Long bookingId;

    public String kind;

    /** The invitation's METHOD: REQUEST, or CANCEL on a cancellation. */
    public String method;

    public int sequence;

    @Column(name = "created_at")
    public Instant createdAt;

    static OralNotice add(OralBooking booking, String kind, Instant at) {
        OralNotice notice = new OralNotice();
        notice.bookingId = booking.id;
        notice.kind = kind;
        boolean cancel = CANCELLED.equals(kind) || MOVED_AWAY.equals(kind);
        notice.method = cancel ? "CANCEL" : "REQUEST";
        notice.sequence = cancel ? booking.sequence + 1 : booking.sequence;
        notice.createdAt = at;
        notice.persistAndFlush();
        return notice;
    }

    /** Notices written between {@code since} and {@code until}, oldest first: those a failed send may still owe. */
    public static List<OralNotice> between(Instant since, Instant until) {
        return list("createdAt > ?1 and createdAt <= ?2 order by id", since, until);
    }
}

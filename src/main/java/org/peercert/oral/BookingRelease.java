package org.peercert.oral;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/**
 * The end of a booking's claim, once per booking (its key): cancelled, moved to another slot,
 * a no-show, or examined (the result is settled). The database copies the slot, trainee and
 * course from the booking, for its claim counts.
 */
@Entity
@Table(name = "oral_booking_release")
@Immutable
public class BookingRelease extends PanacheEntityBase {

    public static final String CANCELLED = "cancelled";
    public static final String RESCHEDULED = "rescheduled";
    public static final String NO_SHOW = "no-show";
    public static final String EXAMINED = "examined";

    @Id
    @Column(name = "booking_id")
    public Long bookingId;

    public String kind;

    public String reason;

    @Column(name = "released_by")
    public String releasedBy;

    @Column(name = "released_by_name")
    public String releasedByName;

    @Column(name = "released_at")
    public Instant releasedAt;

    static BookingRelease of(OralBooking booking, String kind, String reason, org.peercert.people.Actor by, Instant at) {
        BookingRelease release = new BookingRelease();
        release.bookingId = booking.id;
        release.kind = kind;
        release.reason = reason == null || reason.isBlank() ? null : reason.trim();
        release.releasedBy = by.subject();
        release.releasedByName = by.name();
        release.releasedAt = at;
        release.persistAndFlush(); // a second release of the same booking fails here, on the key
        return release;
    }
}

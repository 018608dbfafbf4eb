package org.peercert.oral;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;
import java.time.Instant;

/** A notice sent to one person; inserted in the transaction that sends it, so it goes once. */
@Entity
@Table(name = "oral_notice_delivery")
@Immutable
public class NoticeDelivery extends PanacheEntityBase {

    /** Which notice, to whom. */
    @Embeddable
    public record Key(@Column(name = "notice_id") Long noticeId, @Column(name = "recipient_subject") String recipientSubject)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "sent_to")
    public String sentTo;

    @Column(name = "sent_at")
    public Instant sentAt;

    static boolean sent(long noticeId, String recipient) {
        return findByIdOptional(new Key(noticeId, recipient)).isPresent();
    }

    static void record(long noticeId, String recipient, String address, Instant at) {
        NoticeDelivery delivery = new NoticeDelivery();
        delivery.key = new Key(noticeId, recipient);
        delivery.sentTo = address;
        delivery.sentAt = at;
        delivery.persistAndFlush(); // a second node sending the same notice fails here, before its email
    }
}

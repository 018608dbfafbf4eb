package org.peercert.oral;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.PersistenceException;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.ArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Sends a notice's emails, each with the calendar invitation attached, once the transaction that
 * wrote the notice has committed. Each email goes once: its delivery row is inserted in the
 * transaction that sends it, so a failed send is tried again later (see {@link OralReminders}) and
 * a second node finds the row taken.
 * <p>
 * They go from a sender thread of their own, not the request's: a booking is answered as soon as it
 * is stored, however slow the SMTP server is (a stalled connection once held a booking request for
 * GreenMail's 30-second timeout). One thread keeps a node's emails in the order the changes were
 * made, so a "moved" email never arrives before its "booked" one. Whatever is queued when the service
 * stops is sent by the retry job.
 */
@ApplicationScoped
public class OralNotices {

    private static final Logger LOG = Logger.getLogger(OralNotices.class);

    /** How long a new notice is the sender thread's alone. */
    private static final Duration SENDER_GRACE = Duration.ofMinutes(2);

    /** One email to write: to whom, and whether they examine. */
    record Letter(String recipient, boolean examiner) {
    }

    private final Mailer mailer;
    private final OralInvites invites;
    private final OralMails mails;
    private final OralClock clock;
    private final ManagedExecutor sender = ManagedExecutor.builder().maxAsync(1)
            .propagated(ThreadContext.NONE).cleared(ThreadContext.ALL_REMAINING).build();

    public OralNotices(Mailer mailer, OralInvites invites, OralMails mails, OralClock clock) {
        this.mailer = mailer;
        this.invites = invites;
        this.mails = mails;
        this.clock = clock;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticeWritten written) {
        try {
            sender.runAsync(() -> {
                try {
                    send(written.noticeId());
                } catch (RuntimeException e) {
                    LOG.warnf("Emails of oral-exam notice %d not sent yet (%s); they are tried again later", written.noticeId(), e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warnf("Emails of oral-exam notice %d left to the retry job: the service is stopping", written.noticeId());
        }
    }

    /** Lets a send under way finish (an interrupted one could go out twice), then stops. */
    @PreDestroy
    void stop() {
        sender.shutdown();
        try {
            if (!sender.awaitTermination(10, TimeUnit.SECONDS)) {
                sender.shutdownNow();
            }
        } catch (InterruptedException e) {
            sender.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Sends what is still unsent of a notice; answers how many emails went out. */
    public int send(long noticeId) {
        Prepared p = QuarkusTransaction.requiringNew().call(() -> prepare(noticeId));
        if (p == null) {
            return 0;
        }
        int sent = 0;
        for (Letter letter : p.letters()) {
            String address = invites.email(letter.recipient()).orElse(null);
            if (deliver(p, letter, address)) {
                sent++;
            }
        }
        return sent;
    }

    /**
     * Sends every email still owed by notices written since {@code since}, leaving the last two
     * minutes' to the sender thread: a retry racing it could send a cancellation before the
     * invitation it cancels.
     */
    public int retry(Instant since) {
        Instant until = clock.now().minus(SENDER_GRACE);
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> OralNotice.between(since, until).stream().map(n -> n.id).toList());
        return ids.stream().mapToInt(this::send).sum();
    }

    /** A notice with its unsent letters, texts and invitation, read in one transaction. */
    private record Prepared(OralNotice notice, List<Letter> letters, OralMails.Text toTrainee, OralMails.Text toExaminer,
                            String ics) {
    }

    /** The notice ready to send, or null when everyone has it already. */
    private Prepared prepare(long noticeId) {
        OralNotice notice = OralNotice.findById(noticeId);
        OralBooking booking = OralBooking.findById(notice.bookingId);
        if ("REQUEST".equals(notice.method) && !booking.active()) {
            // An invitation still owed (its SMTP server was away) for a booking since moved or
            // cancelled: the later notice says what holds; a "booked" email after it would mislead.
            return null;
        }
        List<Letter> letters = letters(notice, booking);
        if (letters.isEmpty()) {
            return null;
        }
        String ics = OralInvite.ics(invites.content(booking, "CANCEL".equals(notice.method), notice.sequence));
        return new Prepared(notice, letters, mails.text(notice, booking, false), mails.text(notice, booking, true), ics);
    }

    private static List<Letter> letters(OralNotice notice, OralBooking booking) {
        List<OralExaminer> examiners = OralExaminer.of(booking.slotId);
        List<Letter> letters = new ArrayList<>();
        if (OralNotice.MOVED_AWAY.equals(notice.kind)) {
            long to = OralBooking.<OralBooking>find("rescheduledFrom", booking.id).firstResult().slotId;
            examiners = examiners.stream().filter(e -> !OralExaminer.sits(to, e.examinerSubject)).toList();
        } else {
            letters.add(new Letter(booking.traineeSubject, false));
        }
        examiners.forEach(e -> letters.add(new Letter(e.examinerSubject, true)));
        return letters.stream().filter(l -> !NoticeDelivery.sent(notice.id, l.recipient())).toList();
    }

    private boolean deliver(Prepared p, Letter letter, String address) {
        if (address == null) {
            LOG.warnf("No email address for %s; oral-exam notice %d not sent to them", letter.recipient(), p.notice().id);
            return false;
        }
        OralMails.Text text = letter.examiner() ? p.toExaminer() : p.toTrainee();
        boolean cancel = "CANCEL".equals(p.notice().method);
        Mail mail = Mail.withText(address, text.subject(), text.body())
                .addAttachment(cancel ? "oral-exam-cancelled.ics" : "oral-exam.ics", p.ics().getBytes(StandardCharsets.UTF_8),
                        OralInvite.mimeType(cancel));
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                NoticeDelivery.record(p.notice().id, letter.recipient(), address, clock.now());
                mailer.send(mail);
            });
            return true;
        } catch (PersistenceException e) {
            return false; // sent already, by this node earlier or by another one
        } catch (RuntimeException e) {
            LOG.warnf("Oral-exam email to %s not sent (%s); it is tried again later", address, e);
            return false;
        }
    }
}

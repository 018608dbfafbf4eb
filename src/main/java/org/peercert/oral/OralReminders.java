package org.peercert.oral;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import org.jboss.logging.Logger;
import org.peercert.cluster.ClusterLock;
import org.peercert.config.LmsConfig;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The oral-exam mail job: adds a reminder for each active booking whose exam starts within the
 * reminder lead (24 h by default), once per booking across every node (the notice's key), and
 * sends it; then retries emails that failed earlier. One node runs it per interval (the cluster
 * lock), so two nodes never retry the same failed email at once.
 */
@ApplicationScoped
public class OralReminders {

    private static final Logger LOG = Logger.getLogger(OralReminders.class);

    private final OralNotices notices;
    private final OralClock clock;
    private final LmsConfig config;
    private final ClusterLock lock;

    public OralReminders(OralNotices notices, OralClock clock, LmsConfig config, ClusterLock lock) {
        this.lock = lock;
        this.notices = notices;
        this.clock = clock;
        this.config = config;
    }

    @Scheduled(identity = "oral-mail", every = "${lms.oral.mail-interval}", delayed = "PT1M",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        lock.runOnce("oral-mail", ClusterLock.every(config.oral().mailInterval()), Duration.ofMinutes(30), () -> {
            Instant now = clock.now();
            int reminded = remindDue(now);
            int retried = notices.retry(now.minus(config.oral().mailRetryFor()));
            if (reminded + retried > 0) {
                LOG.infof("Oral exams: %d reminder email(s), %d other email(s) sent", reminded, retried);
            }
        });
    }

    /**
     * Reminds every booking whose exam starts within the lead from {@code now}, if it was booked
     * before the lead began (a booking made the day before needs no reminder); answers the emails sent.
     */
    public int remindDue(Instant now) {
        Instant until = now.plus(config.oral().reminderLead());
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> OralBooking.activeStartingBetween(now, until).stream()
                .filter(b -> b.bookedAt.isBefore(b.slot().startsAt.minus(config.oral().reminderLead()))).map(b -> b.id).toList());
        int sent = 0;
        for (long bookingId : due) {
            Long notice = addReminder(bookingId, now);
            if (notice != null) {
                sent += notices.send(notice);
            }
        }
        return sent;
    }

    private Long addReminder(long bookingId, Instant now) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> OralNotice.add(OralBooking.findById(bookingId), OralNotice.REMINDER, now).id);
        } catch (PersistenceException e) {
            return null; // reminded already, by this node or another one
        }
    }
}

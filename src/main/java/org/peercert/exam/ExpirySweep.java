package org.peercert.exam;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.peercert.cluster.ClusterLock;
import org.peercert.config.LmsConfig;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Finalises attempts whose time and grace are over, every {@code lms.exam.sweep-interval}, so a
 * trainee who closes the tab still gets a result at the deadline. The attempt's row lock and the
 * submission's primary key make each finalisation happen once even if two nodes swept together;
 * the cluster lock keeps them from doing so, so that one node sweeps per interval and two never
 * queue on the same attempts' rows.
 */
@ApplicationScoped
public class ExpirySweep {

    private static final Logger LOG = Logger.getLogger(ExpirySweep.class);
    private static final int BATCH = 200;

    private final Finalisation finalisation;
    private final LmsConfig config;
    private final ClusterLock lock;

    public ExpirySweep(Finalisation finalisation, LmsConfig config, ClusterLock lock) {
        this.finalisation = finalisation;
        this.config = config;
        this.lock = lock;
    }

    @Scheduled(identity = "exam-expiry-sweep", every = "${lms.exam.sweep-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            lock.runOnce("exam-expiry-sweep", config.exam().sweepInterval(), Duration.ofMinutes(2), this::sweep);
        } catch (RuntimeException e) {
            LOG.warn("The exam expiry sweep could not take its lock; trying again at the next sweep", e);
        }
    }

    /** Returns how many attempts it finalised. */
    int sweep() {
        int done = 0;
        try {
            Instant now = ExamTime.now();
            List<Long> ids = finalisation.overdue(now.minus(config.exam().gracePeriod()), BATCH);
            for (Long id : ids) {
                done += finalisation.finaliseIfOver(id, now) ? 1 : 0;
            }
        } catch (RuntimeException e) {
            // The timer must survive a database hiccup; the next sweep tries again.
            LOG.warn("Finalising expired exam attempts failed; trying again at the next sweep", e);
        }
        return done;
    }
}

package org.peercert.exam;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.peercert.config.LmsConfig;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Finalises attempts whose time and grace are over, every {@code lms.exam.sweep-interval}, so a
 * trainee who closes the tab still gets a result at the deadline. Safe on several nodes: the
 * attempt's row lock and the submission's primary key make each finalisation happen once.
 */
@ApplicationScoped
public class ExpirySweep {

    private static final Logger LOG = Logger.getLogger(ExpirySweep.class);
    private static final int BATCH = 200;

    private final Finalisation finalisation;
    private final LmsConfig config;
    private ScheduledExecutorService timer;

    public ExpirySweep(Finalisation finalisation, LmsConfig config) {
        this.finalisation = finalisation;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        long every = config.exam().sweepInterval().toMillis();
        timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "exam-expiry-sweep"));
        timer.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
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

package org.peercert.cluster;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbc.JdbcLockProvider;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Runs a scheduled job on one node of the cluster at a time, and at most once per interval across
 * all of them: every node's scheduler ticks, and the node that takes the job's row in the
 * {@code shedlock} table (ShedLock, JDBC) runs it while the others skip that tick. The lock is held
 * for at least the interval less a little slack, so a second node's tick a few seconds later finds
 * it taken, and at most {@code atMost}, after which a node that died mid-run is given up on.
 * Lock times come from the nodes' clocks, which must agree (NTP) to well within a second.
 */
@ApplicationScoped
public class ClusterLock {

    private static final Logger LOG = Logger.getLogger(ClusterLock.class);
    /** A node's scheduler looks once a second; a lock that ends this early is free at its holder's next tick. */
    private static final Duration MAX_SLACK = Duration.ofSeconds(5);

    private final LockingTaskExecutor executor;
    private final String node;

    @Inject
    public ClusterLock(AgroalDataSource database) {
        this(database, NodeName.current());
    }

    /** A lock as the node {@code node} takes it; tests make two to play two nodes. */
    ClusterLock(DataSource database, String node) {
        this.executor = new DefaultLockingTaskExecutor(new JdbcLockProvider(database, "shedlock"));
        this.node = node;
    }

    /**
     * Runs {@code job} here unless another node holds {@code name}'s lock; answers whether it ran.
     * {@code every} is the job's schedule; {@code atMost} bounds a run (a longer run could overlap).
     */
    public boolean runOnce(String name, Duration every, Duration atMost, Runnable job) {
        Duration atLeast = every.minus(slack(every));
        atLeast = atLeast.isNegative() ? Duration.ZERO : atLeast;
        Instant now = Instant.now();
        LockConfiguration lock = new LockConfiguration(now, name, atMost.compareTo(atLeast) < 0 ? atLeast : atMost, atLeast);
        LockingTaskExecutor.TaskResult<Boolean> result;
        try {
            result = executor.executeWithLock(() -> {
                LOG.debugf("cluster job %s started on node %s, its lock counted from %s", name, node, now);
                job.run();
                return true;
            }, lock);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        if (!result.wasExecuted()) {
            // ShedLock also answers "not locked" when the database did not answer: the next tick tries again.
            LOG.debugf("cluster job %s skipped on node %s: held by another node, or the database did not answer", name, node);
        }
        return result.wasExecuted();
    }

    /** A tenth of the interval, between one and five seconds. */
    static Duration slack(Duration every) {
        Duration tenth = every.dividedBy(10);
        Duration atLeastOne = tenth.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : tenth;
        return atLeastOne.compareTo(MAX_SLACK) > 0 ? MAX_SLACK : atLeastOne;
    }

    /**
     * A schedule's interval as {@code @Scheduled(every = ...)} reads it: ISO-8601 ({@code PT10M}) or
     * the short form ({@code 10s}, {@code 6h}, {@code 1d}).
     */
    public static Duration every(String interval) {
        String value = interval.trim().toUpperCase(Locale.ROOT);
        if (value.startsWith("P")) {
            return Duration.parse(value);
        }
        return value.endsWith("D") ? Duration.parse("P" + value) : Duration.parse("PT" + value);
    }
}

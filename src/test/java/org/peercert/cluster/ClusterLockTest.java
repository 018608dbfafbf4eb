package org.peercert.cluster;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.peercert.support.PackagedApp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cluster lock on the real MariaDB: two nodes (two locks of their own on the shared table)
 * ticking at the same moment run a job once; the next interval runs it again; and the service's
 * own scheduled sweep runs through the lock.
 */
@QuarkusTest
class ClusterLockTest {

    private static final Duration EVERY = Duration.ofSeconds(10);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void twoNodesTickingTogetherRunTheJobOnce() throws Exception {
        ClusterLock nodeA = new ClusterLock(dataSource, "node-a");
        ClusterLock nodeB = new ClusterLock(dataSource, "node-b");
        String job = "test-once-" + System.nanoTime();
        AtomicInteger runs = new AtomicInteger();
        Runnable slowJob = () -> {
            runs.incrementAndGet();
            PackagedApp.pause(Duration.ofMillis(500));
        };

        List<Boolean> ran = together(List.of(() -> nodeA.runOnce(job, EVERY, Duration.ofMinutes(1), slowJob),
                () -> nodeB.runOnce(job, EVERY, Duration.ofMinutes(1), slowJob)));

        assertEquals(1, runs.get());
        assertEquals(1, ran.stream().filter(r -> r).count(), ran.toString());
        assertFalse(nodeB.runOnce(job, EVERY, Duration.ofMinutes(1), slowJob), "held for the rest of the interval");
        assertEquals(1, runs.get());
    }

    @Test
    void theNextIntervalRunsAgainOnWhicheverNodeTicks() {
        ClusterLock nodeA = new ClusterLock(dataSource, "node-a");
        ClusterLock nodeB = new ClusterLock(dataSource, "node-b");
        String job = "test-next-" + System.nanoTime();
        Duration every = Duration.ofSeconds(2); // held for 1 s: the interval less one second of slack
        AtomicInteger runs = new AtomicInteger();

        assertTrue(nodeA.runOnce(job, every, Duration.ofMinutes(1), runs::incrementAndGet));
        assertFalse(nodeB.runOnce(job, every, Duration.ofMinutes(1), runs::incrementAndGet));
        PackagedApp.pause(Duration.ofMillis(1200));
        assertTrue(nodeB.runOnce(job, every, Duration.ofMinutes(1), runs::incrementAndGet));
        assertEquals(2, runs.get());
    }

    @Test
    void aJobThatFailsGivesTheLockBackAtTheEndOfItsInterval() {
        ClusterLock nodeA = new ClusterLock(dataSource, "node-a");
        String job = "test-fails-" + System.nanoTime();
        Duration every = Duration.ofSeconds(2);
        try {
            nodeA.runOnce(job, every, Duration.ofMinutes(1), () -> {
                throw new IllegalStateException("the mail server is away");
            });
        } catch (IllegalStateException expected) {
            // the scheduler logs it; the lock must not stay held for its full minute
        }
        PackagedApp.pause(Duration.ofMillis(1200));
        assertTrue(new ClusterLock(dataSource, "node-b").runOnce(job, every, Duration.ofMinutes(1), () -> { }));
    }

    @Test
    void theServicesSweepRunsThroughTheLock() throws SQLException {
        Instant deadline = Instant.now().plus(EVERY.multipliedBy(3));
        while (lockedAt("exam-expiry-sweep") == null && Instant.now().isBefore(deadline)) {
            PackagedApp.pause(Duration.ofMillis(500));
        }
        assertTrue(lockedAt("exam-expiry-sweep") != null, "the expiry sweep took its lock within " + EVERY.multipliedBy(3));
    }

    @Test
    void schedulesReadAsTheSchedulerReadsThem() {
        assertEquals(Duration.ofHours(6), ClusterLock.every("6h"));
        assertEquals(Duration.ofMinutes(10), ClusterLock.every("10m"));
        assertEquals(Duration.ofSeconds(10), ClusterLock.every("PT10S"));
        assertEquals(Duration.ofDays(1), ClusterLock.every("1d"));
        assertEquals(Duration.ofSeconds(1), ClusterLock.slack(Duration.ofSeconds(2)));
        assertEquals(Duration.ofSeconds(5), ClusterLock.slack(Duration.ofHours(6)));
    }

    private Instant lockedAt(String job) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement query = c.prepareStatement("SELECT locked_at FROM shedlock WHERE name = ?")) {
            query.setString(1, job);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getTimestamp(1).toInstant() : null;
            }
        }
    }

    private static List<Boolean> together(List<Callable<Boolean>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> futures = calls.stream().map(call -> pool.submit(() -> {
                start.await();
                return call.call();
            })).toList();
            start.countDown();
            return futures.stream().map(ClusterLockTest::join).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    private static Boolean join(Future<Boolean> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

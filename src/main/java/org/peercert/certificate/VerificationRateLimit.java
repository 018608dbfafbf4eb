package org.peercert.certificate;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.peercert.cluster.ClusterLock;
import org.peercert.config.CertificatesConfig;
import org.peercert.config.LmsConfig;
import org.peercert.web.UserFacingException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * A token bucket per client address for public verification: a burst of {@code burst} requests,
 * refilled at {@code perMinute}. The buckets are rows of {@code rate_bucket} (a MEMORY table in
 * MariaDB), refilled and drawn in one atomic statement, so two or more nodes share each address's
 * bucket and a client cannot multiply its allowance by landing on different nodes. IPv6 clients
 * are counted per /64, the block one subscriber gets. Over the limit: 429 with Retry-After.
 */
@ApplicationScoped
public class VerificationRateLimit {

    /*
     * One round trip, atomic on its own (MariaDB 10.5+: INSERT ... RETURNING). On a known address,
     * MariaDB evaluates the assignments left to right, each seeing the columns already assigned:
     * "allowed" is decided from the refilled bucket, "tokens" takes one only if allowed, then the
     * refill clock moves on; RETURNING gives the row as it now is.
     */
    private static final String DRAW = """
            INSERT INTO rate_bucket (bucket, tokens, allowed, refreshed_at) VALUES (?, ? - 1, TRUE, NOW(6))
            ON DUPLICATE KEY UPDATE
              allowed = LEAST(?, tokens + GREATEST(0, TIMESTAMPDIFF(MICROSECOND, refreshed_at, NOW(6))) * ?) >= 1,
              tokens = LEAST(?, tokens + GREATEST(0, TIMESTAMPDIFF(MICROSECOND, refreshed_at, NOW(6))) * ?) - IF(allowed, 1, 0),
              refreshed_at = NOW(6)
            RETURNING allowed, tokens""";

    private static final Logger LOG = Logger.getLogger(VerificationRateLimit.class);
    /** MariaDB's ER_RECORD_FILE_FULL: a MEMORY table at max_heap_table_size. */
    private static final int TABLE_FULL = 1114;

    private final AgroalDataSource database;
    private final CertificatesConfig.Verification limits;
    private final ClusterLock lock;

    public VerificationRateLimit(AgroalDataSource database, LmsConfig config, ClusterLock lock) {
        this.database = database;
        this.limits = config.certificates().verification();
        this.lock = lock;
    }

    /** Takes one request from the address's bucket, or refuses with 429 and how long to wait. */
    public void take(String clientAddress) {
        String bucket = "verify:" + ClientAddress.bucketOf(clientAddress);
        double perMicro = limits.perMinute() / 60_000_000.0;
        boolean allowed;
        double tokens;
        try (Connection connection = database.getConnection(); PreparedStatement draw = connection.prepareStatement(DRAW)) {
            draw.setString(1, bucket);
            draw.setInt(2, limits.burst());
            draw.setInt(3, limits.burst());
            draw.setDouble(4, perMicro);
            draw.setInt(5, limits.burst());
            draw.setDouble(6, perMicro);
            try (ResultSet row = draw.executeQuery()) {
                row.next();
                allowed = row.getBoolean(1);
                tokens = row.getDouble(2);
            }
        } catch (SQLException e) {
            if (e.getErrorCode() == TABLE_FULL) {
                // Verification stays up: a flood of fresh addresses fills the table, it is emptied
                // of idle buckets within a minute, and meanwhile the lookups themselves go on.
                LOG.warn("The rate_bucket table is full; verification is not rate-limited until idle buckets are removed");
                return;
            }
            throw new IllegalStateException("The verification rate limit could not be read", e);
        }
        if (!allowed) {
            long wait = Math.max(1, (long) Math.ceil((1 - tokens) / (limits.perMinute() / 60.0)));
            throw new UserFacingException(429, "Too many verifications from your address. Wait " + wait
                    + (wait == 1 ? " second" : " seconds") + " and try again.", "Retry-After", Long.toString(wait));
        }
    }

    /** Once a minute across the cluster (the DELETE is harmless twice, but needless). */
    @Scheduled(identity = "rate-bucket-cleanup", every = "1m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            lock.runOnce("rate-bucket-cleanup", Duration.ofMinutes(1), Duration.ofMinutes(5), this::forgetFullBuckets);
        } catch (RuntimeException e) {
            LOG.warn("Idle rate buckets wait: the cluster lock could not be taken: " + e.getMessage());
        }
    }

    /** A bucket idle long enough to have refilled is the same as no bucket: drop it, keeping the table small. */
    void forgetFullBuckets() {
        long refillSeconds = (long) Math.ceil(limits.burst() * 60.0 / limits.perMinute()) + 60;
        try (Connection connection = database.getConnection(); PreparedStatement forget = connection.prepareStatement(
                "DELETE FROM rate_bucket WHERE refreshed_at < NOW(6) - INTERVAL ? SECOND")) {
            forget.setLong(1, refillSeconds);
            forget.executeUpdate();
        } catch (SQLException e) {
            LOG.warn("Idle rate buckets could not be removed: " + e.getMessage());
        }
    }
}

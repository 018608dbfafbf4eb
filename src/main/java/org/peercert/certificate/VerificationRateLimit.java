package org.peercert.certificate;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.peercert.config.CertificatesConfig;
import org.peercert.config.LmsConfig;
import org.peercert.web.UserFacingException;

/**
 * A token bucket per client address for public verification: a burst of {@code burst} requests,
 * refilled at {@code perMinute}. The buckets are rows of {@code rate_bucket}, refilled and drawn
 * in one atomic upsert, so two or more nodes share each address's bucket and a client cannot
 * multiply its allowance by landing on different nodes. Over the limit: 429 with Retry-After.
 */
@ApplicationScoped
public class VerificationRateLimit {

    /*
     * MariaDB evaluates ON DUPLICATE KEY UPDATE assignments left to right, each seeing the columns
     * as already assigned: "allowed" is decided from the refilled bucket, then "tokens" takes one
     * only if allowed, then the refill clock moves on.
     */
    private static final String DRAW = """
            INSERT INTO rate_bucket (bucket, tokens, allowed, refreshed_at) VALUES (:bucket, :burst - 1, TRUE, NOW(6))
            ON DUPLICATE KEY UPDATE
              allowed = LEAST(:burst, tokens + GREATEST(0, TIMESTAMPDIFF(MICROSECOND, refreshed_at, NOW(6))) * :perMicro) >= 1,
              tokens = LEAST(:burst, tokens + GREATEST(0, TIMESTAMPDIFF(MICROSECOND, refreshed_at, NOW(6))) * :perMicro) - IF(allowed, 1, 0),
              refreshed_at = NOW(6)""";

    private final EntityManager entities;
    private final CertificatesConfig.Verification limits;

    public VerificationRateLimit(EntityManager entities, LmsConfig config) {
        this.entities = entities;
        this.limits = config.certificates().verification();
    }

    /** Takes one request from the address's bucket, or refuses with 429 and how long to wait. */
    public void take(String clientAddress) {
        String bucket = "verify:" + (clientAddress == null ? "unknown" : clientAddress);
        double perMicro = limits.perMinute() / 60_000_000.0;
        Object[] state = QuarkusTransaction.requiringNew().call(() -> {
            entities.createNativeQuery(DRAW).setParameter("bucket", bucket).setParameter("burst", limits.burst())
                    .setParameter("perMicro", perMicro).executeUpdate();
            return (Object[]) entities.createNativeQuery("SELECT allowed, tokens FROM rate_bucket WHERE bucket = :bucket")
                    .setParameter("bucket", bucket).getSingleResult();
        });
        if (!isTrue(state[0])) {
            double tokens = ((Number) state[1]).doubleValue();
            long wait = Math.max(1, (long) Math.ceil((1 - tokens) / (limits.perMinute() / 60.0)));
            throw new UserFacingException(429, "Too many verifications from your address. Wait " + wait
                    + " seconds and try again.", "Retry-After", Long.toString(wait));
        }
    }

    /** Buckets idle for a day are full again anyway: drop them so the table stays small. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetIdleBuckets() {
        QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery(
                "DELETE FROM rate_bucket WHERE refreshed_at < NOW(6) - INTERVAL 1 DAY").executeUpdate());
    }

    private static boolean isTrue(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}

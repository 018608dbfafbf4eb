package org.peercert.certificate;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.peercert.config.LmsConfig;

import java.util.UUID;

/**
 * Which node runs which job. A node takes a job's lease if nobody holds it or it has expired,
 * renews it while working and gives it back when done; a node that dies simply stops renewing, and
 * after the lease time another node takes the job over from its first item without an outcome.
 */
@ApplicationScoped
public class JobLeases {

    /* Left to right: the node changes only when the lease is free (or ours), then only the holder extends it. */
    private static final String TAKE = """
            INSERT INTO certificate_job_lease (job_id, node, expires_at)
            VALUES (:job, :node, NOW(6) + INTERVAL :micros MICROSECOND)
            ON DUPLICATE KEY UPDATE
              node = IF(expires_at < NOW(6) OR node = :node, :node, node),
              expires_at = IF(node = :node, NOW(6) + INTERVAL :micros MICROSECOND, expires_at)""";

    private final EntityManager entities;
    private final long leaseMicros;
    private final String node = UUID.randomUUID() + "@" + ProcessHandle.current().pid();

    public JobLeases(EntityManager entities, LmsConfig config) {
        this.entities = entities;
        this.leaseMicros = config.certificates().jobs().lease().toNanos() / 1000;
    }

    /** Takes or renews the lease; false when another live node holds it. */
    public boolean hold(long jobId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            entities.createNativeQuery(TAKE).setParameter("job", jobId).setParameter("node", node)
                    .setParameter("micros", leaseMicros).executeUpdate();
            Object holder = entities.createNativeQuery("SELECT node FROM certificate_job_lease WHERE job_id = :job")
                    .setParameter("job", jobId).getSingleResult();
            return node.equals(holder);
        });
    }

    public void release(long jobId) {
        QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery(
                        "DELETE FROM certificate_job_lease WHERE job_id = :job AND node = :node")
                .setParameter("job", jobId).setParameter("node", node).executeUpdate());
    }
}

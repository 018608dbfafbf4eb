package org.peercert.audit;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Chains committed audit events, in the order they became visible, by writing their seals. One
 * pass at a time across all nodes: a pass holds the {@code audit_chain_lock} row, and a node whose
 * scheduler finds it held skips that tick. The lock is held for a pass, never by a request, so
 * audited changes commit side by side and only this job writes the chain.
 *
 * <p>A pass looks only at events written since shortly before the previous pass that sealed
 * everything it saw began: an event is written inside its change's transaction, which commits (or
 * is rolled back) within the transaction timeout, so any event still unsealed has
 * {@code occurred_at} after that pass's start less the timeout (and less the skew between the
 * database's clock, which times passes, and the nodes', which time events: {@link #MARGIN_OVER_TIMEOUT}).
 * A batch that leaves events for the next one carries the previous watermark on, so that a
 * backlog larger than a batch (the sealer stopped for a while) is drained whole.
 */
@ApplicationScoped
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class);
    private static final Duration MARGIN_OVER_TIMEOUT = Duration.ofMinutes(1);
    private static final int BATCH = 2000;

    private final EntityManager entities;
    private final Duration lookBack;
    private volatile Instant lastWarned;

    public AuditSealer(EntityManager entities,
                       @ConfigProperty(name = "quarkus.transaction-manager.default-transaction-timeout", defaultValue = "60s")
                       Duration transactionTimeout) {
        this.entities = entities;
        this.lookBack = transactionTimeout.plus(MARGIN_OVER_TIMEOUT);
    }

    /** How far back a pass looks: events younger than this may still be waiting for their seal. */
    Duration lookBack() {
        return lookBack;
    }

    @Scheduled(identity = "audit-sealer", every = "${lms.audit.seal-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            sealPending(false);
        } catch (RuntimeException e) {
            // The timer must survive a database outage; the events wait for the next pass. Once a
            // minute at most in the log, not every second on every node.
            Instant now = Instant.now();
            if (lastWarned == null || lastWarned.isBefore(now.minusSeconds(60))) {
                lastWarned = now;
                LOG.warnf("Sealing audit events failed (%s); trying again every pass, and saying so once a minute", e);
            }
        }
    }

    /**
     * Seals every committed event that has none yet, in batches; answers how many it sealed.
     * {@code wait}: wait for a pass running on another node instead of leaving the work to it.
     */
    public int sealPending(boolean wait) {
        int sealed = 0;
        for (int batch; (batch = sealBatch(wait)) > 0; ) {
            sealed += batch;
            if (batch < BATCH) {
                break;
            }
        }
        return sealed;
    }

    /** One transaction: takes the chain, reads its head and the events still unsealed, seals them. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    int sealBatch(boolean wait) {
        List<?> chain = entities.createNativeQuery("SELECT id FROM audit_chain_lock WHERE id = 1 FOR UPDATE"
                + (wait ? "" : " SKIP LOCKED")).getResultList();
        if (chain.isEmpty()) {
            return 0; // another node is sealing right now
        }
        // The database's clock, the same for every node; read before the snapshot is taken, so
        // that every event committed before this time is visible to the query below.
        java.math.BigDecimal seconds = (java.math.BigDecimal) entities.createNativeQuery("SELECT UNIX_TIMESTAMP(NOW(6))").getSingleResult();
        Instant passBegan = Instant.ofEpochSecond(seconds.longValue(), seconds.remainder(java.math.BigDecimal.ONE).movePointRight(9).longValue());
        AuditSeal head = AuditSeal.head();
        Instant since = head == null ? Instant.EPOCH : head.sealedAt.minus(lookBack);
        List<AuditEvent> pending = AuditEvent.<AuditEvent>find("from AuditEvent e where e.occurredAt >= ?1 and not exists "
                + "(select 1 from AuditSeal s where s.eventId = e.id) order by e.id", since).range(0, BATCH - 1).list();
        if (pending.isEmpty()) {
            return 0;
        }
        Instant watermark = pending.size() < BATCH ? passBegan
                : head != null ? head.sealedAt : pending.get(0).occurredAt;
        long seq = head == null ? 0 : head.seq;
        String previous = head == null ? AuditChain.GENESIS : head.hash;
        for (AuditEvent event : pending) {
            AuditSeal seal = new AuditSeal();
            seal.seq = ++seq;
            seal.eventId = event.id;
            seal.prevHash = previous;
            seal.hash = AuditChain.hash(previous, seal.seq, event);
            seal.sealedAt = watermark;
            seal.persist();
            previous = seal.hash;
        }
        return pending.size();
    }
}

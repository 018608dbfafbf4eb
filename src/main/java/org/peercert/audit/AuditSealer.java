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
 * <p>A pass looks only at events written since shortly before the last pass that sealed
 * everything it saw began ({@code audit_chain_lock.sealed_through}): an event is written inside
 * its change's transaction, which commits (or is rolled back) within the transaction timeout, so
 * any event still unsealed has {@code occurred_at} after that pass's start less the timeout (and
 * less the skew between the database's clock, which times passes, and the nodes', which time
 * events: {@link #MARGIN_OVER_TIMEOUT}). A batch that leaves events for the next one does not move
 * the cursor, so that a backlog larger than a batch (the sealer stopped for a while) is drained whole.
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

    private static Instant instant(java.math.BigDecimal epochSeconds) {
        return epochSeconds == null ? null : Instant.ofEpochSecond(epochSeconds.longValue(),
                epochSeconds.remainder(java.math.BigDecimal.ONE).movePointRight(9).longValue());
    }

    /** How far back a pass looks: events younger than this may still be waiting for their seal. */
    Duration lookBack() {
        return lookBack;
    }

    @Scheduled(identity = "audit-sealer", every = "${lms.audit.seal-interval:PT1S}",
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
        List<?> chain = entities.createNativeQuery("SELECT UNIX_TIMESTAMP(sealed_through) FROM audit_chain_lock WHERE id = 1 FOR UPDATE"
                + (wait ? "" : " SKIP LOCKED")).getResultList();
        if (chain.isEmpty()) {
            return 0; // another node is sealing right now
        }
        Instant sealedThrough = instant((java.math.BigDecimal) chain.get(0));
        // The database's clock, the same for every node; read before the snapshot is taken, so
        // that every event committed before this time is visible to the query below.
        Instant passBegan = instant((java.math.BigDecimal) entities.createNativeQuery("SELECT UNIX_TIMESTAMP(NOW(6))").getSingleResult());
        AuditSeal head = AuditSeal.head();
        Instant cursor = sealedThrough != null ? sealedThrough : head != null ? head.sealedAt : null;
        Instant since = cursor == null ? Instant.EPOCH : cursor.minus(lookBack);
        List<AuditEvent> pending = AuditEvent.<AuditEvent>find("from AuditEvent e where e.occurredAt >= ?1 and not exists "
                + "(select 1 from AuditSeal s where s.eventId = e.id) order by e.id", since).range(0, BATCH - 1).list();
        // Drained: everything committed before this pass began is sealed once this commits. Not
        // drained: the cursor stays (and is written down, if it was only the last seal's time).
        Instant through = pending.size() < BATCH ? passBegan : cursor != null ? cursor : pending.get(0).occurredAt;
        if (!through.equals(sealedThrough)) {
            entities.createNativeQuery("UPDATE audit_chain_lock SET sealed_through = FROM_UNIXTIME(?1) WHERE id = 1")
                    .setParameter(1, java.math.BigDecimal.valueOf(through.getEpochSecond()).add(java.math.BigDecimal.valueOf(through.getNano(), 9)))
                    .executeUpdate();
        }
        long seq = head == null ? 0 : head.seq;
        String previous = head == null ? AuditChain.GENESIS : head.hash;
        for (AuditEvent event : pending) {
            AuditSeal seal = new AuditSeal();
            seal.seq = ++seq;
            seal.eventId = event.id;
            seal.prevHash = previous;
            seal.hash = AuditChain.hash(previous, seal.seq, event);
            seal.sealedAt = passBegan;
            seal.persist();
            previous = seal.hash;
        }
        return pending.size();
    }
}

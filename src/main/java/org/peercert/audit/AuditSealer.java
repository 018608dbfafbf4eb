package org.peercert.audit;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Chains committed audit events, in the order they became visible, by writing their seals. One
 * pass at a time across all nodes: a pass holds the {@code audit_chain_lock} row, and a node whose
 * scheduler finds it held skips that tick. The lock is held for a pass, never by a request, so
 * audited changes commit side by side and only this job writes the chain.
 *
 * <p>A pass looks only at events written since shortly before the previous pass began: an event
 * is written inside its change's transaction, which commits (or is rolled back) within the
 * transaction timeout, so any event still unsealed has {@code occurred_at} after the last pass's
 * start less that timeout (and the nodes' clock skew, which {@link #MARGIN_OVER_TIMEOUT} covers).
 */
@ApplicationScoped
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class);
    private static final Duration MARGIN_OVER_TIMEOUT = Duration.ofMinutes(1);
    private static final int BATCH = 2000;

    private final EntityManager entities;
    private final Duration lookBack;

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
            // The timer must survive a database hiccup; the events wait for the next pass.
            LOG.warn("Sealing audit events failed; trying again at the next pass", e);
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
        Instant passBegan = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<?> chain = entities.createNativeQuery("SELECT id FROM audit_chain_lock WHERE id = 1 FOR UPDATE"
                + (wait ? "" : " SKIP LOCKED")).getResultList();
        if (chain.isEmpty()) {
            return 0; // another node is sealing right now
        }
        AuditSeal head = AuditSeal.head();
        Instant since = head == null ? Instant.EPOCH : head.sealedAt.minus(lookBack);
        List<AuditEvent> pending = AuditEvent.<AuditEvent>find("from AuditEvent e where e.occurredAt >= ?1 and not exists "
                + "(select 1 from AuditSeal s where s.eventId = e.id) order by e.id", since).range(0, BATCH - 1).list();
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

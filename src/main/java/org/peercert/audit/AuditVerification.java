package org.peercert.audit;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Walks the whole chain in order and recomputes every hash, after sealing what is pending. The
 * first seal whose number, link, event or hash does not fit is reported: everything from there on
 * can no longer be trusted. Then every event older than the sealer's look-back must have a seal:
 * one without was written around the sealer, or its seal was removed.
 */
@ApplicationScoped
public class AuditVerification {

    private static final int PAGE = 500;

    /** What the walk found. {@code firstBrokenSeq} and {@code problem} are null when the chain is intact. */
    public record Result(boolean intact, long eventsChecked, Long firstBrokenSeq, String problem) {
    }

    private final EntityManager entities;
    private final AuditSealer sealer;

    public AuditVerification(EntityManager entities, AuditSealer sealer) {
        this.entities = entities;
        this.sealer = sealer;
    }

    public Result verify() {
        // An event younger than the sealer's look-back may belong to a change committed after
        // this pass: it waits for the next one and is no finding.
        Instant surelySealed = Instant.now().minus(sealer.lookBack());
        sealer.sealPending(true);
        return walk(surelySealed);
    }

    /** In a transaction of its own, so that its snapshot is taken after the sealing pass committed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Result walk(Instant surelySealed) {
        String previousHash = AuditChain.GENESIS;
        long expectedSeq = 1;
        for (int page = 0; ; page++) {
            List<AuditSeal> seals = AuditSeal.<AuditSeal>find("order by seq").page(Page.of(page, PAGE)).list();
            Map<Long, AuditEvent> events = AuditEvent.<AuditEvent>list("id in ?1", seals.stream().map(s -> s.eventId).toList())
                    .stream().collect(Collectors.toMap(e -> e.id, Function.identity()));
            for (AuditSeal seal : seals) {
                String problem = check(seal, events.get(seal.eventId), expectedSeq, previousHash);
                if (problem != null) {
                    return new Result(false, expectedSeq - 1, expectedSeq, problem);
                }
                previousHash = seal.hash;
                expectedSeq++;
            }
            entities.clear(); // read once, checked, forgotten: the log may be long
            if (seals.size() < PAGE) {
                break;
            }
        }
        List<AuditEvent> unsealed = AuditEvent.<AuditEvent>find("from AuditEvent e where e.occurredAt < ?1 and not exists "
                + "(select 1 from AuditSeal s where s.eventId = e.id) order by e.id", surelySealed).page(Page.ofSize(1)).list();
        if (!unsealed.isEmpty()) {
            AuditEvent event = unsealed.get(0);
            return new Result(false, expectedSeq - 1, null, "event " + event.id + " (" + event.action + ", " + event.occurredAt
                    + ") is in no seal: it was written around the chain, or its seal was removed");
        }
        return new Result(true, expectedSeq - 1, null, null);
    }

    private static String check(AuditSeal seal, AuditEvent event, long expectedSeq, String previousHash) {
        if (seal.seq != expectedSeq) {
            return "event " + expectedSeq + " is missing: the next event is " + seal.seq;
        }
        if (!previousHash.equals(seal.prevHash)) {
            return "event " + seal.seq + " does not point at the hash of event " + (expectedSeq - 1);
        }
        if (event == null) {
            return "event " + seal.seq + " is missing: its seal names event id " + seal.eventId + ", which is not there";
        }
        if (!AuditChain.hash(seal.prevHash, seal.seq, event).equals(seal.hash)) {
            return "event " + seal.seq + " was changed after it was written: its content does not match its hash";
        }
        return null;
    }
}

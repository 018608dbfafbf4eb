package org.peercert.audit;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Walks the whole audit log in order and recomputes every hash. The first event whose number,
 * link or hash does not fit is reported: everything from there on can no longer be trusted.
 */
@ApplicationScoped
@Transactional
public class AuditVerification {

    private static final int PAGE = 500;

    /** What the walk found. {@code firstBrokenSeq} and {@code problem} are null when the chain is intact. */
    public record Result(boolean intact, long eventsChecked, Long firstBrokenSeq, String problem) {
    }

    private final EntityManager entities;

    public AuditVerification(EntityManager entities) {
        this.entities = entities;
    }

    public Result verify() {
        PanacheQuery<AuditEvent> query = AuditEvent.find("order by seq");
        String previousHash = AuditChain.GENESIS;
        long expectedSeq = 1;
        for (int page = 0; ; page++) {
            List<AuditEvent> events = query.page(Page.of(page, PAGE)).list();
            for (AuditEvent event : events) {
                String problem = check(event, expectedSeq, previousHash);
                if (problem != null) {
                    return new Result(false, expectedSeq - 1, expectedSeq, problem);
                }
                previousHash = event.hash;
                expectedSeq++;
            }
            entities.clear(); // read once, checked, forgotten: the log may be long
            if (events.size() < PAGE) {
                return new Result(true, expectedSeq - 1, null, null);
            }
        }
    }

    private static String check(AuditEvent event, long expectedSeq, String previousHash) {
        if (event.seq != expectedSeq) {
            return "event " + expectedSeq + " is missing: the next event is " + event.seq;
        }
        if (!previousHash.equals(event.prevHash)) {
            return "event " + event.seq + " does not point at the hash of event " + (expectedSeq - 1);
        }
        if (!AuditChain.hash(event.prevHash, event).equals(event.hash)) {
            return "event " + event.seq + " was changed after it was written: its content does not match its hash";
        }
        return null;
    }
}

package org.peercert.reviewer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.peercert.audit.AuditLog;
import org.peercert.audit.Audited;
import org.peercert.certificate.CertificateJob;
import org.peercert.certificate.CertificateJobItem;
import org.peercert.certificate.CertificateJobOutcome;
import org.peercert.certificate.CertificateJobRunner;
import org.peercert.certificate.JobLeases;
import org.peercert.certificate.JobWork;
import org.peercert.certificate.ZipParts;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds a large evidence packet in the background, on whichever node holds the job's lease. The
 * ZIP goes to the database in parts, so any node serves it; a node that takes a job over writes
 * the whole packet again as its own attempt, and records only the items still without an outcome.
 */
@ApplicationScoped
public class PacketJobWork implements JobWork {

    private final EntityManager entities;
    private final TraineeRecords records;
    private final EvidencePackets packets;
    private final AuditLog audit;

    public PacketJobWork(EntityManager entities, TraineeRecords records, EvidencePackets packets, AuditLog audit) {
        this.entities = entities;
        this.records = records;
        this.packets = packets;
        this.audit = audit;
    }

    @Override
    public String kind() {
        return Packets.KIND;
    }

    @Override
    public void run(CertificateJob job, List<CertificateJobItem> open, JobLeases leases) {
        List<CertificateJobItem> items = QuarkusTransaction.requiringNew().call(() -> CertificateJobItem.of(job.id));
        Set<Long> openIds = open.stream().map(i -> i.id).collect(Collectors.toSet());
        CertificateJobItem recordsItem = items.get(0);
        Map<Long, CertificateJobItem> byCertificate = items.stream().filter(i -> i.certificateId != null)
                .collect(Collectors.toMap(i -> i.certificateId, Function.identity()));
        // The packet says when its records were read: a node that takes the job over reads them anew.
        java.time.Instant readAt = java.time.Instant.now();
        TraineeRecord record = QuarkusTransaction.requiringNew().call(() -> records.of(recordsItem.traineeSubject));
        String attempt = UUID.randomUUID().toString();
        ZipParts parts = new ZipParts(entities, job.id, attempt);
        boolean whole = packets.write(record, new EvidencePackets.Request(job.requestedByName, readAt),
                id -> QuarkusTransaction.requiringNew().call(() -> Packets.storedPdf(id)), new EvidencePackets.Steps() {
                    @Override
                    public boolean proceed() {
                        return leases.hold(job.id);
                    }

                    @Override
                    public void recordsWritten() {
                        added(recordsItem, openIds, record.size() + " records");
                    }

                    @Override
                    public void certificateAdded(long certificateId) {
                        added(byCertificate.get(certificateId), openIds, "certificate " + certificateId);
                    }
                }, parts);
        if (whole) {
            CertificateJobRunner.finish(job.id, attempt, parts.parts(), parts.bytes());
            QuarkusTransaction.requiringNew().run(() -> audit.recordBySystem(Audited.of("reviewer.packet.built")
                    .trainee(record.traineeSubject()).record("certificate_job", job.id).with("bytes", parts.bytes())
                    .with("requestedBy", job.requestedByName)));
        }
    }

    private static void added(CertificateJobItem item, Set<Long> openIds, String detail) {
        if (item != null && openIds.contains(item.id)) {
            CertificateJobRunner.record(item, CertificateJobOutcome.ADDED, detail, item.certificateId);
        }
    }
}

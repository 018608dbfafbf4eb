package org.peercert.reviewer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.peercert.audit.AuditLog;
import org.peercert.audit.Audited;
import org.peercert.certificate.CertificateDocument;
import org.peercert.certificate.CertificateJob;
import org.peercert.certificate.CertificateJobItem;
import org.peercert.certificate.CertificateJobs;
import org.peercert.config.LmsConfig;
import org.peercert.people.Actor;
import org.peercert.web.UserFacingException;

import java.io.ByteArrayOutputStream;
import java.time.Instant;

/**
 * A reviewer's evidence packets: a small one is made in the request and downloaded at once; one
 * over the configured size is built in the background as a job ({@link PacketJobWork}), which
 * only its requester (and admins) can follow and download. Each download and each job is audited.
 */
@ApplicationScoped
@Transactional
public class Packets {

    public static final String KIND = "packet";

    private final TraineeRecords records;
    private final EvidencePackets packets;
    private final CertificateJobs jobs;
    private final AuditLog audit;
    private final int threshold;

    public Packets(TraineeRecords records, EvidencePackets packets, CertificateJobs jobs, AuditLog audit, LmsConfig config) {
        this.records = records;
        this.packets = packets;
        this.jobs = jobs;
        this.audit = audit;
        this.threshold = config.reviewer().packetBackgroundThreshold();
    }

    /** The packet's bytes; 409 when it is large enough to be built in the background. */
    public byte[] download(String subject, Actor reviewer) {
        TraineeRecord record = records.of(subject);
        if (record.size() > threshold) {
            throw new UserFacingException(409, "This packet holds " + record.size() + " records, more than "
                    + threshold + ": build it in the background (the button on the trainee's record), then download it.");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        packets.write(record, new EvidencePackets.Request(reviewer.name(), Instant.now()), Packets::storedPdf,
                new EvidencePackets.Steps() {
                }, out);
        audit.record(Audited.of("reviewer.packet.downloaded").trainee(subject).with("records", record.size())
                .with("certificates", record.certificates().size()).with("bytes", out.size()));
        return out.toByteArray();
    }

    public boolean large(TraineeRecord record) {
        return record.size() > threshold;
    }

    /** Starts a background job: one item for the records, one per certificate. */
    public CertificateJob start(String subject, Actor reviewer) {
        TraineeRecord record = records.of(subject);
        CertificateJob job = new CertificateJob();
        job.kind = KIND;
        job.itemCount = 1 + record.certificates().size();
        job.requestedBy = reviewer.subject();
        job.requestedByName = reviewer.name();
        job.requestedAt = Instant.now();
        job.persist();
        item(job, subject, null);
        record.certificates().forEach(c -> item(job, subject, c.id()));
        audit.record(Audited.of("reviewer.packet.requested").trainee(subject).record("certificate_job", job.id)
                .with("records", record.size()).with("certificates", record.certificates().size()));
        return job;
    }

    /** A packet job its caller may see: their own, or any for an admin; 404 otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CertificateJob job(long id, Actor caller, boolean admin) {
        return CertificateJob.<CertificateJob>findByIdOptional(id)
                .filter(j -> KIND.equals(j.kind) && (admin || j.requestedBy.equals(caller.subject())))
                .orElseThrow(() -> new UserFacingException(404, "There is no evidence packet job " + id + " of yours."));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CertificateJobs.Progress progress(CertificateJob job) {
        return jobs.progress(job);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String traineeOf(CertificateJob job) {
        return CertificateJobItem.of(job.id).get(0).traineeSubject;
    }

    /** Audits the download of a finished job's ZIP, before it is streamed. */
    public void downloaded(CertificateJob job) {
        audit.record(Audited.of("reviewer.packet.downloaded").trainee(traineeOf(job)).record("certificate_job", job.id));
    }

    static byte[] storedPdf(long certificateId) {
        CertificateDocument document = CertificateDocument.findById(certificateId);
        return document.pdf;
    }

    private static void item(CertificateJob job, String subject, Long certificateId) {
        CertificateJobItem item = new CertificateJobItem();
        item.jobId = job.id;
        item.traineeSubject = subject;
        item.certificateId = certificateId;
        item.persist();
    }
}

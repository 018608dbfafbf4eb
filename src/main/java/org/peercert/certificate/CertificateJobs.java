package org.peercert.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.peercert.audit.AuditLog;
import org.peercert.audit.Audited;
import org.peercert.course.Course;
import org.peercert.people.Actor;
import org.peercert.trainee.Enrolment;
import org.peercert.web.UserFacingException;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Starts background jobs and reports their progress. A bulk issue works through the course's
 * trainees who have no valid certificate yet (each is issued only if the rule is met, or skipped
 * with the reason); a bulk download through all the course's certificates.
 */
@ApplicationScoped
@Transactional
public class CertificateJobs {

    private final AuditLog audit;

    public CertificateJobs(AuditLog audit) {
        this.audit = audit;
    }

    /** A job as its page and the API show it: counted from the outcome rows. */
    public record Progress(Long id, String kind, String courseId, int total, long done, long issued, long skipped,
                           long failed, long added, boolean finished, Long zipBytes, String requestedByName,
                           Instant requestedAt, List<CertificateJobOutcome> problems) {

        public int percent() {
            return total == 0 ? 100 : (int) (done * 100 / total);
        }
    }

    public CertificateJob start(String kind, Course course, Actor admin) {
        List<CertificateJobItem> items = switch (kind == null ? "" : kind) {
            case CertificateJob.ISSUE -> traineesWithoutCertificate(course);
            case CertificateJob.DOWNLOAD -> Certificate.ofCourse(course.id()).stream().map(c -> item(null, c.id)).toList();
            default -> throw new UserFacingException(400, "kind: say \"issue\" or \"download\".");
        };
        if (items.isEmpty()) {
            throw new UserFacingException(409, CertificateJob.ISSUE.equals(kind)
                    ? "Every trainee of " + course.title() + " already has a valid certificate, or none is enrolled."
                    : "No certificate of " + course.title() + " has been issued yet.");
        }
        CertificateJob job = new CertificateJob();
        job.kind = kind;
        job.courseId = course.id();
        job.itemCount = items.size();
        job.requestedBy = admin.subject();
        job.requestedByName = admin.name();
        job.requestedAt = Instant.now();
        job.persist();
        items.forEach(item -> {
            item.jobId = job.id;
            item.persist();
        });
        audit.record(Audited.of(CertificateJob.ISSUE.equals(kind) ? "certificate.bulk-issue" : "certificate.bulk-download")
                .course(course.id()).record("certificate_job", job.id).with("items", job.itemCount));
        return job;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Progress progress(CertificateJob job) {
        long issued = CertificateJobOutcome.count(job.id, CertificateJobOutcome.ISSUED);
        long skipped = CertificateJobOutcome.count(job.id, CertificateJobOutcome.SKIPPED);
        long failed = CertificateJobOutcome.count(job.id, CertificateJobOutcome.FAILED);
        long added = CertificateJobOutcome.count(job.id, CertificateJobOutcome.ADDED);
        CertificateJobFinish finish = CertificateJobFinish.findById(job.id);
        List<CertificateJobOutcome> problems = CertificateJobOutcome.list("jobId = ?1 and outcome in (?2, ?3) order by itemId",
                job.id, CertificateJobOutcome.SKIPPED, CertificateJobOutcome.FAILED);
        return new Progress(job.id, job.kind, job.courseId, job.itemCount, issued + skipped + failed + added, issued, skipped,
                failed, added, finish != null, finish == null ? null : finish.zipBytes, job.requestedByName,
                job.requestedAt, problems);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CertificateJob job(long id) {
        return CertificateJob.<CertificateJob>findByIdOptional(id)
                .filter(j -> CertificateJob.ISSUE.equals(j.kind) || CertificateJob.DOWNLOAD.equals(j.kind))
                .orElseThrow(() -> new UserFacingException(404, "There is no certificate job " + id + "."));
    }

    private static List<CertificateJobItem> traineesWithoutCertificate(Course course) {
        Set<String> certified = Certificate.ofCourse(course.id()).stream()
                .filter(c -> CertificateRevocation.of(c.id).isEmpty()).map(c -> c.traineeSubject).collect(Collectors.toSet());
        return Enrolment.inCourse(course.id()).stream().filter(e -> !certified.contains(e.traineeSubject))
                .map(e -> item(e.traineeSubject, null)).toList();
    }

    private static CertificateJobItem item(String trainee, Long certificateId) {
        CertificateJobItem item = new CertificateJobItem();
        item.traineeSubject = trainee;
        item.certificateId = certificateId;
        return item;
    }
}

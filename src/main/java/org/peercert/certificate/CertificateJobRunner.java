package org.peercert.certificate;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.peercert.course.Course;
import org.peercert.course.CourseCatalog;
import org.peercert.people.Actor;
import org.peercert.trainee.Enrolment;
import org.peercert.web.UserFacingException;

import java.time.Instant;
import java.util.List;

/**
 * Runs background jobs on whichever node takes a job's lease first. Each item's outcome is stored
 * as soon as it is known, so a reload shows progress, and a job interrupted by a restart carries on
 * from the first item without an outcome. Every node polls (no cluster lock): the per-job lease
 * is what decides who works, and polling everywhere is what lets another node take over a job
 * whose node died.
 */
@ApplicationScoped
public class CertificateJobRunner {

    private static final Logger LOG = Logger.getLogger(CertificateJobRunner.class);

    private volatile boolean databaseAway;
    private final JobLeases leases;
    private final CertificateIssuer issuer;
    private final CertificateZip zip;
    private final CourseCatalog catalog;
    private final Instance<JobWork> otherWork;

    public CertificateJobRunner(JobLeases leases, CertificateIssuer issuer, CertificateZip zip, CourseCatalog catalog,
                                Instance<JobWork> otherWork) {
        this.leases = leases;
        this.issuer = issuer;
        this.zip = zip;
        this.catalog = catalog;
        this.otherWork = otherWork;
    }

    @Scheduled(every = "${lms.certificates.jobs.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void runOpenJobs() {
        List<Long> unfinished;
        try {
            unfinished = QuarkusTransaction.requiringNew().call(CertificateJob::unfinishedIds);
            databaseAway = false;
        } catch (RuntimeException e) {
            if (!databaseAway) { // said once, not every few seconds while the database is away
                LOG.warnf("Certificate jobs wait: the database did not answer (%s)", e.getMessage());
                databaseAway = true;
            }
            return;
        }
        for (Long id : unfinished) {
            if (!leases.hold(id)) {
                continue;
            }
            try {
                run(QuarkusTransaction.requiringNew().call(() -> CertificateJob.<CertificateJob>findById(id)));
            } catch (RuntimeException e) {
                LOG.errorf(e, "Certificate job %d stopped; it is taken up again at the next run", id);
            } finally {
                leases.release(id);
            }
        }
    }

    private void run(CertificateJob job) {
        List<CertificateJobItem> open = QuarkusTransaction.requiringNew().call(() -> CertificateJobItem.open(job.id));
        for (JobWork work : otherWork) {
            if (work.kind().equals(job.kind)) {
                work.run(job, open, leases);
                return;
            }
        }
        Course course = catalog.find(job.courseId).orElse(null);
        if (CertificateJob.DOWNLOAD.equals(job.kind)) {
            zip.write(job, open, leases);
            return;
        }
        Actor admin = new Actor(job.requestedBy, job.requestedByName);
        for (CertificateJobItem item : open) {
            if (!leases.hold(job.id)) {
                return; // another node has taken over
            }
            if (course == null) {
                record(item, CertificateJobOutcome.FAILED, "The course " + job.courseId + " is no longer in the catalog.", null);
                continue;
            }
            try {
                Certificate issued = issuer.issueInJob(item.traineeSubject, course, admin, job.id);
                record(item, CertificateJobOutcome.ISSUED, issued.formattedNumber(), issued.id);
            } catch (UserFacingException e) {
                record(item, CertificateJobOutcome.SKIPPED, traineeName(item, job) + ": " + e.getMessage(), null);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Certificate job %d could not issue to %s", job.id, item.traineeSubject);
                record(item, CertificateJobOutcome.FAILED, traineeName(item, job)
                        + ": could not be issued; the error is in the log.", null);
            }
        }
        finish(job.id, null, null, null);
    }

    /** Who a skipped or failed item was, as the admin knows them: the name on the enrolment. */
    private static String traineeName(CertificateJobItem item, CertificateJob job) {
        return QuarkusTransaction.requiringNew().call(() -> Enrolment.of(item.traineeSubject, job.courseId)
                .map(e -> e.legalName).orElse(item.traineeSubject));
    }

    public static void record(CertificateJobItem item, String outcome, String detail, Long certificateId) {
        QuarkusTransaction.requiringNew().run(() -> {
            CertificateJobOutcome row = new CertificateJobOutcome();
            row.itemId = item.id;
            row.jobId = item.jobId;
            row.outcome = outcome;
            row.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
            row.certificateId = certificateId;
            row.at = Instant.now();
            row.persist();
        });
    }

    public static void finish(long jobId, String attempt, Integer parts, Long bytes) {
        QuarkusTransaction.requiringNew().run(() -> {
            CertificateJobFinish finish = new CertificateJobFinish();
            finish.jobId = jobId;
            finish.zipAttempt = attempt;
            finish.zipParts = parts;
            finish.zipBytes = bytes;
            finish.finishedAt = Instant.now();
            finish.persist();
        });
    }
}

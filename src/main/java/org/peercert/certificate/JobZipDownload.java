package org.peercert.certificate;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.peercert.web.UserFacingException;

/** A finished bulk download, streamed part by part from the database: memory holds one part. */
@ApplicationScoped
public class JobZipDownload {

    private final EntityManager entities;

    public JobZipDownload(EntityManager entities) {
        this.entities = entities;
    }

    public Response of(CertificateJob job) {
        if (!CertificateJob.DOWNLOAD.equals(job.kind)) {
            throw new UserFacingException(404, "Job " + job.id + " issues certificates; it has no ZIP.");
        }
        return of(job, "certificates-" + job.courseId + "-job-" + job.id + ".zip");
    }

    /** A finished job's ZIP under a file name of its caller's choosing (for jobs of other kinds, see {@link JobWork}). */
    public Response of(CertificateJob job, String fileName) {
        CertificateJobFinish finish = QuarkusTransaction.requiringNew().call(() -> CertificateJobFinish.findById(job.id));
        if (finish == null) {
            throw new UserFacingException(409, "The ZIP of job " + job.id + " is still being made; its page shows how far it is.");
        }
        StreamingOutput body = out -> {
            for (int part = 0; part < finish.zipParts; part++) {
                int n = part;
                out.write(QuarkusTransaction.requiringNew().call(() -> ZipParts.read(entities, job.id, finish.zipAttempt, n)));
            }
        };
        return Response.ok(body, "application/zip").header("Content-Length", finish.zipBytes)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}

package org.peercert.certificate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercert.course.CourseCatalog;
import org.peercert.course.CourseCatalogs;
import org.peercert.people.Roles;
import org.peercert.web.CurrentUser;
import org.peercert.web.UserFacingException;

/** Bulk issue and bulk download over the API, for admins: start a job, follow it, fetch the ZIP. */
@Path("/api/certificate-jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "certificates")
public class CertificateJobApiResource {

    /** What to do for which course: kind "issue" or "download". */
    public record Start(String kind, String courseId) {
    }

    private final CertificateJobs jobs;
    private final JobZipDownload zips;
    private final CourseCatalog catalog;
    private final CurrentUser user;

    public CertificateJobApiResource(CertificateJobs jobs, JobZipDownload zips, CourseCatalog catalog, CurrentUser user) {
        this.jobs = jobs;
        this.zips = zips;
        this.catalog = catalog;
        this.user = user;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Start a bulk issue or bulk download for a course: 202 with the job's progress")
    public Response start(Start body) {
        if (body == null || body.courseId() == null) {
            throw new UserFacingException(400, "Send kind (\"issue\" or \"download\") and courseId as JSON.");
        }
        CertificateJob job = jobs.start(body.kind(), CourseCatalogs.require(catalog, body.courseId()), user.actor());
        return Response.status(202).entity(jobs.progress(job)).header("Location", "/api/certificate-jobs/" + job.id).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "A job's progress, counted from its stored outcomes")
    public CertificateJobs.Progress progress(@PathParam("id") long id) {
        return jobs.progress(jobs.job(id));
    }

    @GET
    @Path("{id}/zip")
    @Produces("application/zip")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "A finished bulk download's ZIP: the stored PDFs and manifest.csv; 409 while it is made")
    public Response zip(@PathParam("id") long id) {
        return zips.of(jobs.job(id));
    }
}

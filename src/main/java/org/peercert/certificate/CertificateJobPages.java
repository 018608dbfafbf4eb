package org.peercert.certificate;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.peercert.course.Course;
import org.peercert.course.CourseCatalog;
import org.peercert.course.CourseCatalogs;
import org.peercert.people.Roles;
import org.peercert.web.CurrentUser;
import org.peercert.web.UserFacingException;

import java.net.URI;

/**
 * Bulk jobs as pages: start one from the certificates page, then follow it on its own page, which
 * reads the progress from the database (so a reload shows it) and updates itself every few seconds.
 */
@Path("/admin/certificate-jobs")
public class CertificateJobPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance job(CertificateJob job, Course course, CertificateJobs.Progress progress);
    }

    private final CertificateJobs jobs;
    private final JobZipDownload zips;
    private final CertificateAdminPage certificates;
    private final CourseCatalog catalog;
    private final CurrentUser user;

    public CertificateJobPages(CertificateJobs jobs, JobZipDownload zips, CertificateAdminPage certificates,
                               CourseCatalog catalog, CurrentUser user) {
        this.jobs = jobs;
        this.zips = zips;
        this.certificates = certificates;
        this.catalog = catalog;
        this.user = user;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ADMIN)
    public Response start(@RestForm String kind, @RestForm String courseId) {
        try {
            CertificateJob job = jobs.start(kind, CourseCatalogs.require(catalog, courseId), user.actor());
            return Response.seeOther(URI.create("/admin/certificate-jobs/" + job.id)).build();
        } catch (UserFacingException e) {
            return Response.status(e.getResponse().getStatus()).entity(certificates.listPage(courseId, e.getMessage())).build();
        }
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ADMIN)
    public TemplateInstance show(@PathParam("id") long id) {
        CertificateJob job = jobs.job(id);
        return Templates.job(job, catalog.find(job.courseId).orElse(null), jobs.progress(job));
    }

    @GET
    @Path("{id}/progress")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public CertificateJobs.Progress progress(@PathParam("id") long id) {
        return jobs.progress(jobs.job(id));
    }

    @GET
    @Path("{id}/zip")
    @Produces("application/zip")
    @RolesAllowed(Roles.ADMIN)
    public Response zip(@PathParam("id") long id) {
        return zips.of(jobs.job(id));
    }
}

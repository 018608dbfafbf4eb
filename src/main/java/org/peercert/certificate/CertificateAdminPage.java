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
import jakarta.ws.rs.QueryParam;
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
import java.util.List;

/**
 * Certificates for staff: a course's certificates with their status, one certificate with its
 * revocation, and for admins the revoke form and the bulk jobs. Reviewers read the same pages.
 */
@Path("/admin/certificates")
@Produces(MediaType.TEXT_HTML)
public class CertificateAdminPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance certificates(List<Course> courses, Course course, List<CertificatePages.Issued> issued,
                                                    List<CertificateJobs.Progress> jobs, boolean admin, String problem);

        static native TemplateInstance certificate(Certificate certificate, Verification verification,
                                                   CertificateRevocation revocation, CertificateReplacement replacement,
                                                   boolean admin, String problem);
    }

    private final VerificationService verification;
    private final Revocations revocations;
    private final CertificateJobs jobs;
    private final CertificateAccess access;
    private final CourseCatalog catalog;
    private final CurrentUser user;

    public CertificateAdminPage(VerificationService verification, Revocations revocations, CertificateJobs jobs,
                                CertificateAccess access, CourseCatalog catalog, CurrentUser user) {
        this.verification = verification;
        this.revocations = revocations;
        this.jobs = jobs;
        this.access = access;
        this.catalog = catalog;
        this.user = user;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
    public TemplateInstance list(@QueryParam("courseId") String courseId) {
        return listPage(courseId, null);
    }

    @GET
    @Path("{number}")
    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
    public TemplateInstance show(@PathParam("number") String number) {
        return certificatePage(access.visible(number), null);
    }

    @POST
    @Path("{number}/revocation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response revoke(@PathParam("number") String number, @RestForm String reason, @RestForm String allowReplacement) {
        Certificate certificate = access.visible(number);
        try {
            revocations.revoke(certificate, reason, "yes".equals(allowReplacement), user.actor());
            return Response.seeOther(URI.create("/admin/certificates/" + certificate.number)).build();
        } catch (UserFacingException e) {
            return Response.status(e.getResponse().getStatus()).entity(certificatePage(certificate, e.getMessage())).build();
        }
    }

    @POST
    @Path("{number}/replacement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response allowReplacement(@PathParam("number") String number, @RestForm String reason) {
        Certificate certificate = access.visible(number);
        try {
            revocations.allowReplacement(certificate, reason, user.actor());
            return Response.seeOther(URI.create("/admin/certificates/" + certificate.number)).build();
        } catch (UserFacingException e) {
            return Response.status(e.getResponse().getStatus()).entity(certificatePage(certificate, e.getMessage())).build();
        }
    }

    TemplateInstance listPage(String courseId, String problem) {
        Course course = courseId == null || courseId.isBlank() ? null : CourseCatalogs.require(catalog, courseId);
        List<CertificatePages.Issued> issued = course == null ? List.of() : Certificate.ofCourse(course.id()).stream()
                .map(c -> new CertificatePages.Issued(c, verification.verify(c))).toList();
        boolean admin = user.has(Roles.ADMIN);
        List<CertificateJobs.Progress> recent = admin ? CertificateJob.newestFirst(10).stream().map(jobs::progress).toList()
                : List.of();
        return Templates.certificates(catalog.all(), course, issued, recent, admin, problem);
    }

    private TemplateInstance certificatePage(Certificate certificate, String problem) {
        return Templates.certificate(certificate, verification.verify(certificate),
                CertificateRevocation.of(certificate.id).orElse(null), CertificateReplacement.of(certificate.id).orElse(null),
                user.has(Roles.ADMIN), problem);
    }
}

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
import org.peercert.config.LmsConfig;
import org.peercert.course.Course;
import org.peercert.course.CourseCatalog;
import org.peercert.course.CourseCatalogs;
import org.peercert.people.Roles;
import org.peercert.trainee.Enrolment;
import org.peercert.web.CurrentUser;
import org.peercert.web.UserFacingException;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * A trainee's certificates: the name they print, each course's requirements, the button that
 * issues a certificate once they are met, and the downloads (PDF and digital credential).
 */
@Path("/certificates")
@Produces(MediaType.TEXT_HTML)
public class CertificatePages {

    /** One issued certificate, with its standing. */
    public record Issued(Certificate certificate, Verification verification) {
    }

    /** One enrolled course without a valid certificate, and where the trainee stands. */
    public record Pending(Course course, RuleVerdict verdict, boolean evaluationOpen) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance certificates(NameConfirmations.NameStatus name, List<Issued> issued,
                                                    List<Pending> pending, String problem);

        static native TemplateInstance name(NameConfirmations.NameStatus name, String accountUrl, String problem);
    }

    private final CertificateIssuer issuer;
    private final VerificationService verification;
    private final NameConfirmations names;
    private final CertificateAccess access;
    private final CourseCatalog catalog;
    private final CurrentUser user;
    private final LmsConfig config;

    public CertificatePages(CertificateIssuer issuer, VerificationService verification, NameConfirmations names,
                            CertificateAccess access, CourseCatalog catalog, CurrentUser user, LmsConfig config) {
        this.issuer = issuer;
        this.verification = verification;
        this.names = names;
        this.access = access;
        this.catalog = catalog;
        this.user = user;
        this.config = config;
    }

    @GET
    @RolesAllowed(Roles.TRAINEE)
    public TemplateInstance list() {
        return page(null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.TRAINEE)
    public Response issue(@RestForm String courseId) {
        try {
            Certificate certificate = issuer.issueWhenComplete(user.subject(), CourseCatalogs.require(catalog, courseId),
                    user.actor());
            return Response.seeOther(URI.create("/certificates#certificate-" + certificate.number)).build();
        } catch (UserFacingException e) {
            return Response.status(e.getResponse().getStatus()).entity(page(e.getMessage())).build();
        }
    }

    @GET
    @Path("name")
    @RolesAllowed(Roles.TRAINEE)
    public TemplateInstance name() {
        return Templates.name(names.status(user.subject()), config.identityRealmUrl() + "/account", null);
    }

    @POST
    @Path("name")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.TRAINEE)
    public Response confirmName(@RestForm String legalName) {
        try {
            names.confirm(user.subject(), legalName);
            return Response.seeOther(URI.create("/certificates")).build();
        } catch (UserFacingException e) {
            return Response.status(e.getResponse().getStatus()).entity(Templates.name(names.status(user.subject()),
                    config.identityRealmUrl() + "/account", e.getMessage())).build();
        }
    }

    @GET
    @Path("{number}/pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.TRAINEE, Roles.REVIEWER, Roles.ADMIN})
    public Response pdf(@PathParam("number") String number) {
        return CertificateDownloads.pdf(access, access.visible(number));
    }

    @GET
    @Path("{number}/credential")
    @Produces(CertificateDownloads.VC_JWT)
    @RolesAllowed({Roles.TRAINEE, Roles.REVIEWER, Roles.ADMIN})
    public Response credential(@PathParam("number") String number) {
        return CertificateDownloads.credential(access, access.visible(number));
    }

    private TemplateInstance page(String problem) {
        String trainee = user.subject();
        List<Issued> issued = Certificate.ofTrainee(trainee).stream()
                .map(c -> new Issued(c, verification.verify(c))).toList();
        List<Pending> pending = Enrolment.ofTrainee(trainee).stream()
                .filter(e -> issued.stream().noneMatch(i -> i.certificate().courseId.equals(e.courseId)
                        && i.verification().status() != CertificateStatus.REVOKED))
                .map(e -> catalog.find(e.courseId).orElse(null)).filter(Objects::nonNull)
                .map(c -> new Pending(c, issuer.verdict(trainee, c), EvaluationForm.requiredFor(c)
                        && CourseEvaluation.of(trainee, c.id()).isEmpty()))
                .toList();
        return Templates.certificates(names.status(trainee), issued, pending, problem);
    }
}

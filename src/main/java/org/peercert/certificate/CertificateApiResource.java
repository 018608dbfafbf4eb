package org.peercert.certificate;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercert.course.CourseCatalog;
import org.peercert.course.CourseCatalogs;
import org.peercert.people.Roles;
import org.peercert.web.CurrentUser;
import org.peercert.web.UserFacingException;

import java.util.List;

/**
 * Certificates over the API. Trainees list, ask for and download their own (another trainee's
 * answers 404); reviewers and admins read any; admins revoke. The verification read is public.
 */
@Path("/api/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "certificates")
public class CertificateApiResource {

    /** Which course to issue the caller's certificate for. */
    public record IssueRequest(@NotBlank(message = "Name the course.") String courseId) {
    }

    /** Why a certificate is revoked: shown to everyone who verifies it. */
    public record RevocationRequest(String reason, Boolean allowReplacement) {
    }

    private final CertificateIssuer issuer;
    private final VerificationService verification;
    private final Revocations revocations;
    private final CertificateAccess access;
    private final VerificationRateLimit rateLimit;
    private final CourseCatalog catalog;
    private final CurrentUser user;

    public CertificateApiResource(CertificateIssuer issuer, VerificationService verification, Revocations revocations,
                                  CertificateAccess access, VerificationRateLimit rateLimit, CourseCatalog catalog,
                                  CurrentUser user) {
        this.issuer = issuer;
        this.verification = verification;
        this.revocations = revocations;
        this.access = access;
        this.rateLimit = rateLimit;
        this.catalog = catalog;
        this.user = user;
    }

    @GET
    @RolesAllowed({Roles.TRAINEE, Roles.REVIEWER, Roles.ADMIN})
    @Operation(summary = "A trainee's own certificates; for reviewers and admins, a course's (courseId required)")
    public List<CertificateView> list(@QueryParam("courseId") String courseId) {
        boolean staff = user.has(Roles.ADMIN) || user.has(Roles.REVIEWER);
        if (staff && (courseId == null || courseId.isBlank())) {
            throw new UserFacingException(400, "courseId: name the course whose certificates to list.");
        }
        List<Certificate> certificates = staff ? Certificate.ofCourse(CourseCatalogs.require(catalog, courseId).id())
                : Certificate.ofTrainee(user.subject());
        return certificates.stream().map(c -> CertificateView.of(c, verification.verify(c))).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TRAINEE)
    @Operation(summary = "Issue the caller's certificate for a course: 201, or 409 saying what is missing")
    public Response issue(@Valid IssueRequest body) {
        Certificate certificate = issuer.issueWhenComplete(user.subject(), CourseCatalogs.require(catalog, body.courseId()),
                user.actor());
        return Response.status(201).entity(CertificateView.of(certificate, verification.verify(certificate))).build();
    }

    @GET
    @Path("requirements/{courseId}")
    @RolesAllowed(Roles.TRAINEE)
    @Operation(summary = "The caller's standing against a course's completion rule: each requirement, met or what is missing")
    public RuleVerdict requirements(@PathParam("courseId") String courseId) {
        return issuer.verdict(user.subject(), CourseCatalogs.require(catalog, courseId));
    }

    @GET
    @Path("{number}")
    @RolesAllowed({Roles.TRAINEE, Roles.REVIEWER, Roles.ADMIN})
    @Operation(summary = "One certificate: the holder's own, or any for reviewers and admins")
    public CertificateView read(@PathParam("number") String number) {
        Certificate certificate = access.visible(number);
        return CertificateView.of(certificate, verification.verify(certificate));
    }

    @GET
    @Path("{number}/pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.TRAINEE, Roles.REVIEWER, Roles.ADMIN})
    @Operation(summary = "The certificate's PDF, exactly as issued")
    public Response pdf(@PathParam("number") String number) {
        return CertificateDownloads.pdf(access, access.visible(number));
    }

    @GET
    @Path("{number}/credential")
    @Produces(CertificateDownloads.VC_JWT)
    @RolesAllowed({Roles.TRAINEE, Roles.REVIEWER, Roles.ADMIN})
    @Operation(summary = "The certificate as an Open Badges 3.0 credential: a VC-JWT signed with the provider's key")
    public Response credential(@PathParam("number") String number) {
        return CertificateDownloads.credential(access, access.visible(number));
    }

    @GET
    @Path("{number}/verification")
    @PermitAll
    @Operation(summary = "Public verification, the same answer as GET /api/verify/{number}")
    public Verification verification(@PathParam("number") String number, HttpServerRequest request) {
        rateLimit.take(request.remoteAddress().hostAddress());
        return verification.verify(number);
    }

    @POST
    @Path("{number}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Revoke a certificate with a reason: 201; verification shows it at once")
    public Response revoke(@PathParam("number") String number, RevocationRequest body) {
        Certificate certificate = access.visible(number);
        revocations.revoke(certificate, body == null ? null : body.reason(),
                body != null && Boolean.TRUE.equals(body.allowReplacement()), user.actor());
        return Response.status(201).entity(verification.verify(certificate)).build();
    }

    /** Why a new certificate may follow a revoked one: kept as evidence. */
    public record ReplacementRequest(String reason) {
    }

    @POST
    @Path("{number}/replacement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Allow a new certificate after this revoked one, with a reason: 201; 409 if it is not revoked or already allowed")
    public Response allowReplacement(@PathParam("number") String number, ReplacementRequest body) {
        Certificate certificate = access.visible(number);
        CertificateReplacement allowed = revocations.allowReplacement(certificate, body == null ? null : body.reason(), user.actor());
        return Response.status(201).entity(java.util.Map.of("number", certificate.formattedNumber(), "reason", allowed.reason,
                "allowedBy", allowed.allowedByName, "allowedAt", allowed.allowedAt.toString())).build();
    }
}

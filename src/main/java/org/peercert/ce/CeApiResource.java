package org.peercert.ce;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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
import org.peercert.people.Roles;
import org.peercert.web.CurrentUser;
import org.peercert.web.UserFacingException;

import java.util.List;

/** Continuing education over the API: CE years, specialists, and outside-CE claims. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "continuing education")
@Transactional(Transactional.TxType.SUPPORTS)
public class CeApiResource {

    private final ContinuingEducation ce;
    private final Specialists specialists;
    private final OutsideCeService outside;
    private final CeAccess access;
    private final CurrentUser user;
    private final org.peercert.config.LmsConfig config;

    public CeApiResource(ContinuingEducation ce, Specialists specialists, OutsideCeService outside, CeAccess access,
                         CurrentUser user, org.peercert.config.LmsConfig config) {
        this.config = config;
        this.ce = ce;
        this.specialists = specialists;
        this.outside = outside;
        this.access = access;
        this.user = user;
    }

    @GET
    @Path("trainees/{subject}/ce")
    @RolesAllowed({Roles.TRAINEE, Roles.REVIEWER, Roles.ADMIN})
    @Operation(summary = "A specialist's current CE year: hours done and due, the deadline, and what counted")
    public CeYearView year(@PathParam("subject") String subject) {
        access.requireReadable(subject);
        return ce.standing(subject).map(CeYearView::of).orElseThrow(CeAccess::notFound);
    }

    @GET
    @Path("specialists")
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    @Operation(summary = "Every specialist PeerCert knows, with their current CE year")
    public List<CeYearView> specialists() {
        return SpecialistRecord.allCurrent().stream().map(s -> CeYearView.of(ce.standing(s, ce.today()))).toList();
    }

    @POST
    @Path("specialists")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Record or correct a specialist's certification (a new record with a reason)")
    public Response record(Specialists.Certification certification) {
        if (certification == null) {
            throw new UserFacingException(400, "Send username, credential, certifiedOn, alcoholDrugProgram and reason as JSON.");
        }
        SpecialistRecord record = specialists.record(certification, user.actor());
        return Response.status(201).entity(CeYearView.of(ce.standing(record, ce.today()))).build();
    }

    /**
     * A claim over the API: JSON, with the file in base64. (A multipart form is what the page
     * posts; forms need the page's CSRF token, which an API client does not have.)
     */
    public record ClaimJson(String title, String provider, java.math.BigDecimal hours, java.time.LocalDate completedOn,
                            String fileName, String certificateBase64) {
    }

    @POST
    @Path("outside-ce")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TRAINEE)
    @Operation(summary = "Claim CE done elsewhere: title, provider, hours, completedOn, and the certificate file "
            + "(PDF, PNG or JPEG) as fileName and certificateBase64")
    public Response claim(ClaimJson json) {
        if (json == null) {
            throw new UserFacingException(400, "Send title, provider, hours, completedOn, fileName and certificateBase64 as JSON.");
        }
        byte[] bytes;
        try {
            bytes = json.certificateBase64() == null ? null : java.util.Base64.getMimeDecoder().decode(json.certificateBase64());
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(400, "certificateBase64: is not base64; encode the file's bytes with base64.");
        }
        CertificateFile file = CertificateFile.checked(json.fileName(), bytes, config.ce().uploadMaxBytes());
        OutsideCeClaim claim = outside.submit(user.subject(),
                new OutsideCeService.Claim(json.title(), json.provider(), json.hours(), json.completedOn()), file);
        return Response.status(201).entity(ClaimView.of(claim)).build();
    }

    @GET
    @Path("outside-ce/{id}/certificate")
    @Produces({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.TRAINEE, Roles.REVIEWER, Roles.ADMIN})
    @Operation(summary = "The certificate file of an outside-CE claim, as uploaded (always as an attachment)")
    public Response certificate(@PathParam("id") long id) {
        return CeFiles.download(access.readableClaim(id));
    }

    @GET
    @Path("outside-ce")
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    @Operation(summary = "Outside-CE claims waiting for an answer, oldest first")
    public List<ClaimView> pendingClaims() {
        return OutsideCeClaim.pending().stream().map(ClaimView::of).toList();
    }

    @POST
    @Path("outside-ce/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Approve an outside-CE claim (posts its hours), or reject it with a reason; once per claim")
    public Response decide(@PathParam("id") long id, OutsideCeService.Decision decision) {
        if (decision == null) {
            throw new UserFacingException(400, "Send {\"approved\": true} or {\"approved\": false, \"reason\": \"...\"}.");
        }
        outside.decide(id, decision, user.actor());
        return Response.status(201).entity(ClaimView.of(OutsideCeClaim.findById(id))).build();
    }
}

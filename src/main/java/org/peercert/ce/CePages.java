package org.peercert.ce;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.BeanParam;
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
import org.peercert.people.Roles;
import org.peercert.web.CurrentUser;
import org.peercert.web.UserFacingException;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Continuing-education pages: the specialist's CE year with the outside-CE form, and the
 * admins' page of specialists and claims (reviewers read it without its forms).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Transactional(Transactional.TxType.SUPPORTS)
public class CePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance ce(CeYearView year, List<ClaimView> claims, int maxKb, String notice, String problem);

        static native TemplateInstance admin(List<CeYearView> specialists, List<ClaimView> pending, boolean canChange,
                                             String notice, String problem);
    }

    private final ContinuingEducation ce;
    private final Specialists specialists;
    private final OutsideCeService outside;
    private final CeAccess access;
    private final CurrentUser user;
    private final LmsConfig config;
    private final CeMessages msg;

    public CePages(ContinuingEducation ce, Specialists specialists, OutsideCeService outside, CeAccess access,
                   CurrentUser user, LmsConfig config, CeMessages msg) {
        this.ce = ce;
        this.specialists = specialists;
        this.outside = outside;
        this.access = access;
        this.user = user;
        this.config = config;
        this.msg = msg;
    }

    @GET
    @Path("ce")
    @RolesAllowed(Roles.TRAINEE)
    public TemplateInstance mine(@jakarta.ws.rs.QueryParam("sent") boolean sent) {
        return page(sent ? msg.claim_sent() : null, null);
    }

    @POST
    @Path("ce/outside-ce")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.TRAINEE)
    public Response claim(@BeanParam ClaimUpload upload) {
        try {
            outside.submit(user.subject(), upload.claim(), upload.file(config.ce().uploadMaxBytes()));
            return Response.seeOther(URI.create("/ce?sent=true#claims")).build();
        } catch (UserFacingException e) {
            return Response.status(e.getResponse().getStatus()).entity(page(null, e.getMessage())).build();
        } catch (ConstraintViolationException e) {
            return Response.status(400).entity(page(null, describe(e))).build();
        }
    }

    @GET
    @Path("ce/claims/{id}/certificate")
    @RolesAllowed({Roles.TRAINEE, Roles.REVIEWER, Roles.ADMIN})
    public Response certificate(@PathParam("id") long id) {
        return CeFiles.download(access.readableClaim(id));
    }

    @GET
    @Path("admin/ce")
    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
    public TemplateInstance all() {
        return adminPage(null, null);
    }

    @POST
    @Path("admin/ce/specialists")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response record(@RestForm String username, @RestForm String credential, @RestForm String certifiedOn,
                           @RestForm boolean alcoholDrugProgram, @RestForm String reason) {
        try {
            SpecialistRecord record = specialists.record(new Specialists.Certification(username, credential,
                    date(certifiedOn), alcoholDrugProgram, reason), user.actor());
            return Response.ok(adminPage(msg.recorded(record.legalName), null)).build();
        } catch (UserFacingException e) {
            return Response.status(e.getResponse().getStatus()).entity(adminPage(null, e.getMessage())).build();
        } catch (ConstraintViolationException e) {
            return Response.status(400).entity(adminPage(null, describe(e))).build();
        }
    }

    @POST
    @Path("admin/ce/claims/{id}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response decide(@PathParam("id") long id, @RestForm String decision, @RestForm String reason) {
        try {
            outside.decide(id, new OutsideCeService.Decision("approve".equals(decision), reason), user.actor());
            return Response.ok(adminPage(msg.decided(), null)).build();
        } catch (UserFacingException e) {
            return Response.status(e.getResponse().getStatus()).entity(adminPage(null, e.getMessage())).build();
        }
    }

    private TemplateInstance page(String notice, String problem) {
        CeYearView year = ce.standing(user.subject()).map(CeYearView::of).orElse(null);
        List<ClaimView> claims = OutsideCeClaim.ofTrainee(user.subject()).stream().map(ClaimView::of).toList();
        return Templates.ce(year, claims, config.ce().uploadMaxBytes() / 1024, notice, problem);
    }

    private TemplateInstance adminPage(String notice, String problem) {
        List<CeYearView> all = SpecialistRecord.allCurrent().stream().map(s -> CeYearView.of(ce.standing(s, ce.today()))).toList();
        return Templates.admin(all, OutsideCeClaim.pending().stream().map(ClaimView::of).toList(), user.has(Roles.ADMIN),
                notice, problem);
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new UserFacingException(400, "certifiedOn: \"" + text + "\" is not a date; write it as YYYY-MM-DD.");
        }
    }

    private static String describe(ConstraintViolationException e) {
        return e.getConstraintViolations().stream().map(v -> {
            String path = v.getPropertyPath().toString();
            return path.substring(path.lastIndexOf('.') + 1) + ": " + v.getMessage();
        }).sorted().collect(Collectors.joining("; ")) + ".";
    }
}

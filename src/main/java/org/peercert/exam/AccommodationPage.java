package org.peercert.exam;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.peercert.people.Roles;
import org.peercert.web.CurrentUser;
import org.peercert.web.UserFacingException;

import java.math.BigDecimal;
import java.util.List;

/** The admin's page to grant extra time on exams, with every grant so far. */
@Path("/admin/accommodations")
@Produces(MediaType.TEXT_HTML)
public class AccommodationPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance accommodations(List<Accommodation> granted, String problem, Accommodation done);
    }

    private final AccommodationService service;
    private final CurrentUser user;

    public AccommodationPage(AccommodationService service, CurrentUser user) {
        this.service = service;
        this.user = user;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    public TemplateInstance page() {
        return Templates.accommodations(Accommodation.newestFirst(), null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response grant(MultivaluedMap<String, String> form) {
        try {
            Accommodation done = service.grant(new AccommodationService.Grant(form.getFirst("username"),
                    multiplier(form.getFirst("timeMultiplier")), form.getFirst("reason")), user.actor());
            return Response.ok(Templates.accommodations(Accommodation.newestFirst(), null, done)).build();
        } catch (UserFacingException e) {
            return Response.status(e.getResponse().getStatus())
                    .entity(Templates.accommodations(Accommodation.newestFirst(), e.getMessage(), null)).build();
        }
    }

    private static BigDecimal multiplier(String text) {
        try {
            return text == null ? null : new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

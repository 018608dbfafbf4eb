package org.peercert.people;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.peercert.web.CurrentUser;
import org.peercert.web.UserFacingException;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The invitations page. Admins invite staff here; reviewers read the same list, without the form.
 * A rejected form comes back with every entered value and a message beside each field.
 */
@Path("/invitations")
@Produces(MediaType.TEXT_HTML)
public class InvitationPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance invitations(List<Invitation> invitations, boolean canInvite, InvitationForm form,
                                                   Map<String, String> errors, String problem,
                                                   InvitationService.IssuedInvitation issued);
    }

    private final InvitationService invitations;
    private final CurrentUser user;
    private final Validator validator;

    public InvitationPage(InvitationService invitations, CurrentUser user, Validator validator) {
        this.invitations = invitations;
        this.user = user;
        this.validator = validator;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
    public TemplateInstance show() {
        return page(InvitationForm.empty(), Map.of(), null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response invite(@RestForm String username, @RestForm String email, @RestForm String firstName,
                           @RestForm String lastName, @RestForm String role) {
        InvitationForm form = new InvitationForm(username, email, firstName, lastName, role);
        Map<String, String> errors = validator.validate(form).stream().collect(Collectors.toMap(
                v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage, (first, second) -> first));
        if (!errors.isEmpty()) {
            return Response.status(400).entity(page(form, errors, null, null)).build();
        }
        try {
            var issued = invitations.invite(form, user.subject(), user.displayName());
            return Response.ok(page(InvitationForm.empty(), Map.of(), null, issued)).build();
        } catch (UserFacingException e) {
            return Response.status(e.getResponse().getStatus()).entity(page(form, Map.of(), e.getMessage(), null)).build();
        }
    }

    private TemplateInstance page(InvitationForm form, Map<String, String> errors, String problem,
                                  InvitationService.IssuedInvitation issued) {
        return Templates.invitations(Invitation.newestFirst(), user.has(Roles.ADMIN), form, errors, problem, issued);
    }
}

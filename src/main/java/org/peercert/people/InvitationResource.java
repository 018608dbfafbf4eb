package org.peercert.people;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercert.web.CurrentUser;

import java.util.List;

/** Staff invitations over the API: admins create them, admins and reviewers read them. */
@Path("/api/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "people")
public class InvitationResource {

    private final InvitationService invitations;
    private final CurrentUser user;

    public InvitationResource(InvitationService invitations, CurrentUser user) {
        this.invitations = invitations;
        this.user = user;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
    @Operation(summary = "Every staff invitation, newest first")
    public List<Invitation> list() {
        return Invitation.newestFirst();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a Keycloak account with exactly one role; answers its one-time password once")
    public Response invite(@Valid InvitationForm form) {
        InvitationService.IssuedInvitation issued = invitations.invite(form, user.subject(), user.displayName());
        return Response.status(Response.Status.CREATED).entity(issued).build();
    }
}

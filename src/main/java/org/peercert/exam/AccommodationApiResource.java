package org.peercert.exam;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercert.people.Roles;
import org.peercert.web.CurrentUser;

import java.util.List;

/** Extra-time accommodations: admins grant them; reviewers may read them. */
@Path("/api/accommodations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "exams")
public class AccommodationApiResource {

    private final AccommodationService service;
    private final CurrentUser user;

    public AccommodationApiResource(AccommodationService service, CurrentUser user) {
        this.service = service;
        this.user = user;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
    @Operation(summary = "Every accommodation granted, newest first (the newest per trainee is in force)")
    public List<Accommodation> list() {
        return Accommodation.newestFirst();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Grant a trainee extra time {username, timeMultiplier, reason}; it applies to attempts started afterwards")
    public Response grant(AccommodationService.Grant grant) {
        return Response.status(201).entity(service.grant(grant, user.actor())).build();
    }
}

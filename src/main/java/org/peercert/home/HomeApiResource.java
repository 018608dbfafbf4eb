package org.peercert.home;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercert.people.PeopleDirectory;
import org.peercert.people.Roles;
import org.peercert.web.CurrentUser;

import java.util.List;

/** The API twin of the home pages: who am I, and what can each of my roles do. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "home")
public class HomeApiResource {

    /** The caller, as PeerCert knows them. */
    public record Me(String subject, String username, String legalName, List<String> roles) {
    }

    private final RoleHomes homes;
    private final CurrentUser user;
    private final PeopleDirectory people;

    public HomeApiResource(RoleHomes homes, CurrentUser user, PeopleDirectory people) {
        this.homes = homes;
        this.user = user;
        this.people = people;
    }

    @GET
    @Path("me")
    @Authenticated
    @Operation(summary = "The caller: subject, username, legal name from Keycloak, and roles")
    public Me me() {
        String legalName = people.legalName(user.subject()).orElse(user.displayName());
        return new Me(user.subject(), user.username(), legalName, user.roles());
    }

    @GET
    @Path("trainee/home")
    @RolesAllowed(Roles.TRAINEE)
    @Operation(summary = "What a trainee can do")
    public RoleHome trainee() {
        return homes.of(Roles.TRAINEE);
    }

    @GET
    @Path("instructor/home")
    @RolesAllowed(Roles.INSTRUCTOR)
    @Operation(summary = "What an instructor can do")
    public RoleHome instructor() {
        return homes.of(Roles.INSTRUCTOR);
    }

    @GET
    @Path("reviewer/home")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "What a state reviewer can do")
    public RoleHome reviewer() {
        return homes.of(Roles.REVIEWER);
    }

    @GET
    @Path("admin/home")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "What a provider admin can do")
    public RoleHome admin() {
        return homes.of(Roles.ADMIN);
    }
}

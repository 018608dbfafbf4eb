package org.peercert.certificate;

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

import java.time.Instant;

/** The name a trainee's certificates print, over the API: read it, and confirm it before the first. */
@Path("/api/certificates/name-confirmation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "certificates")
public class NameConfirmationApiResource {

    /** The account's name now, and the confirmed one (null until confirmed). */
    public record NameView(String accountName, String confirmedName, Instant confirmedAt, boolean confirmed) {
    }

    /** The name being confirmed: exactly the account's name. */
    public record Confirm(String legalName) {
    }

    private final NameConfirmations names;
    private final CurrentUser user;

    public NameConfirmationApiResource(NameConfirmations names, CurrentUser user) {
        this.names = names;
        this.user = user;
    }

    @GET
    @RolesAllowed(Roles.TRAINEE)
    @Operation(summary = "The caller's name as the account holds it and as last confirmed for printing")
    public NameView read() {
        NameConfirmations.NameStatus status = names.status(user.subject());
        NameConfirmation confirmed = status.confirmed();
        return new NameView(status.accountName(), confirmed == null ? null : confirmed.legalName,
                confirmed == null ? null : confirmed.confirmedAt, status.isConfirmed());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TRAINEE)
    @Operation(summary = "Confirm the name to print: 201; 409 if it is not the account's name; 503 if Keycloak is away")
    public Response confirm(Confirm body) {
        NameConfirmation confirmation = names.confirm(user.subject(), body == null ? null : body.legalName());
        return Response.status(201).entity(new NameView(confirmation.legalName, confirmation.legalName,
                confirmation.confirmedAt, true)).build();
    }
}

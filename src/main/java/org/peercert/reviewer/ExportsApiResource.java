package org.peercert.reviewer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercert.people.Roles;

/** The exports for the state's systems over the API: CSV for a period; each export is audited. */
@Path("/api/reviewer/exports")
@Tag(name = "reviewer")
@RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
public class ExportsApiResource {

    private final Exports exports;

    public ExportsApiResource(Exports exports) {
        this.exports = exports;
    }

    @GET
    @Path("tris")
    @Produces("text/csv")
    @Operation(summary = "CSV of the certificates issued from one day to another (YYYY-MM-DD, both included) with the TRIS upload fields")
    public Response tris(@QueryParam("from") String from, @QueryParam("to") String to) {
        Period period = Period.of(from, to);
        return PacketFiles.csv(exports.tris(period), "tris-certificates-" + period + ".csv");
    }

    @GET
    @Path("rosters")
    @Produces("text/csv")
    @Operation(summary = "CSV of the live sessions that started in a period: rosters with join and leave times")
    public Response rosters(@QueryParam("from") String from, @QueryParam("to") String to) {
        Period period = Period.of(from, to);
        return PacketFiles.csv(exports.rosters(period), "live-session-rosters-" + period + ".csv");
    }
}

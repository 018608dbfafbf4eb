package org.peercert.reviewer;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.peercert.people.Roles;

/** The exports page: pick a period, download the CSV. The downloads are GET forms, so they change nothing but the audit log. */
@Path("/reviewer/exports")
@RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
public class ExportsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance exports();
    }

    private final Exports exports;

    public ExportsPage(Exports exports) {
        this.exports = exports;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show() {
        return Templates.exports();
    }

    @GET
    @Path("tris.csv")
    @Produces("text/csv")
    public Response tris(@QueryParam("from") String from, @QueryParam("to") String to) {
        Period period = Period.of(from, to);
        return PacketFiles.csv(exports.tris(period), "tris-certificates-" + period + ".csv");
    }

    @GET
    @Path("rosters.csv")
    @Produces("text/csv")
    public Response rosters(@QueryParam("from") String from, @QueryParam("to") String to) {
        Period period = Period.of(from, to);
        return PacketFiles.csv(exports.rosters(period), "live-session-rosters-" + period + ".csv");
    }
}

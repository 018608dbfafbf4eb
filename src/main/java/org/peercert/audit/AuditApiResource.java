package org.peercert.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercert.config.LmsConfig;
import org.peercert.people.Roles;

import java.util.List;

/** The audit log over the API, for reviewers and admins: read, filter, and verify the chain. */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditApiResource {

    private final AuditVerification verification;
    private final LmsConfig config;

    public AuditApiResource(AuditVerification verification, LmsConfig config) {
        this.verification = verification;
        this.config = config;
    }

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    @Operation(summary = "Audit events, newest first, 50 a page; filter by trainee subject, action prefix, course, actor and dates (YYYY-MM-DD)")
    public List<AuditEvent> events(@QueryParam("trainee") String trainee, @QueryParam("action") String action,
                                   @QueryParam("course") String course, @QueryParam("actor") String actor,
                                   @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") int page) {
        return new AuditFilter(trainee, action, course, actor, from, to, page).events(config.timeZone());
    }

    @GET
    @Path("verification")
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    @Operation(summary = "Recompute the whole hash chain; reports the first broken link, if any")
    public AuditVerification.Result verify() {
        return verification.verify();
    }
}

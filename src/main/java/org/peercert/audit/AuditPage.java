package org.peercert.audit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.peercert.config.LmsConfig;
import org.peercert.people.Roles;

import java.util.List;

/** The audit log page: filter, page through, and check the chain, read-only. */
@Path("/audit")
@Produces(MediaType.TEXT_HTML)
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(AuditFilter filter, List<AuditEvent> events, AuditVerification.Result verification,
                                             int retentionYears);
    }

    private final AuditVerification verification;
    private final LmsConfig config;

    public AuditPage(AuditVerification verification, LmsConfig config) {
        this.verification = verification;
        this.config = config;
    }

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    public TemplateInstance show(@QueryParam("trainee") String trainee, @QueryParam("action") String action,
                                 @QueryParam("course") String course, @QueryParam("actor") String actor,
                                 @QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam("page") int page, @QueryParam("verify") boolean verify) {
        AuditFilter filter = new AuditFilter(trainee, action, course, actor, from, to, Math.max(0, page));
        return Templates.audit(filter, filter.events(config.timeZone()), verify ? verification.verify() : null,
                config.audit().retentionYears());
    }
}

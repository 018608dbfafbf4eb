package org.peercert.hours;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.peercert.course.CourseCatalog;
import org.peercert.people.Roles;
import org.peercert.trainee.Enrolment;
import org.peercert.web.CurrentUser;

import java.util.List;
import java.util.Objects;

/**
 * Trainees' progress at a glance: an instructor sees the trainees on their own sessions'
 * rosters; admins and reviewers see every enrolment. Each line links to the full ledger.
 */
@Path("/progress")
@Produces(MediaType.TEXT_HTML)
@Transactional(Transactional.TxType.SUPPORTS)
public class ProgressOverviewPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance progress(List<Dashboard.CourseProgress> lines, boolean everyone);
    }

    private final CourseCatalog catalog;
    private final HoursLedger ledger;
    private final CurrentUser user;

    public ProgressOverviewPage(CourseCatalog catalog, HoursLedger ledger, CurrentUser user) {
        this.catalog = catalog;
        this.ledger = ledger;
        this.user = user;
    }

    @GET
    @RolesAllowed({Roles.INSTRUCTOR, Roles.REVIEWER, Roles.ADMIN})
    public TemplateInstance show() {
        boolean everyone = user.has(Roles.ADMIN) || user.has(Roles.REVIEWER);
        List<Enrolment> enrolments = everyone ? Enrolment.everyone() : Enrolment.onRostersOf(user.subject());
        List<Dashboard.CourseProgress> lines = enrolments.stream()
                .map(e -> catalog.find(e.courseId).map(c -> new Dashboard.CourseProgress(c, e, ledger.progress(e.traineeSubject, c)))
                        .orElse(null))
                .filter(Objects::nonNull).toList();
        return Templates.progress(lines, everyone);
    }
}

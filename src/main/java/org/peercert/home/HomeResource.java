package org.peercert.home;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.peercert.ce.CeYearView;
import org.peercert.ce.ContinuingEducation;
import org.peercert.config.LmsConfig;
import org.peercert.exam.CourseExam;
import org.peercert.exam.ExamStatus;
import org.peercert.exam.ExamStatuses;
import org.peercert.hours.Dashboard;
import org.peercert.hours.LiveSession;
import org.peercert.people.PeopleDirectory;
import org.peercert.people.Roles;
import org.peercert.web.CurrentUser;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The home pages: a public welcome, and one home per role that says what the role can do. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<RoleHome> homes);

        static native TemplateInstance signInUnavailable();

        static native TemplateInstance role(RoleHome home);

        static native TemplateInstance trainee(RoleHome home, String legalName, String accountUrl,
                                               List<Dashboard.CourseProgress> courses, List<LiveSession> upcoming,
                                               CeYearView ceYear, Map<String, ExamStatus> exams,
                                               List<Requested> requested);
    }

    /** A course the trainee asked to join, waiting for an admin. */
    public record Requested(String courseId, String title, java.time.Instant requestedAt) {
    }

    private final RoleHomes homes;
    private final org.peercert.course.CourseCatalog catalog;
    private final CurrentUser user;
    private final PeopleDirectory people;
    private final LmsConfig config;
    private final Dashboard dashboard;
    private final ContinuingEducation ce;
    private final ExamStatuses exams;

    public HomeResource(RoleHomes homes, CurrentUser user, PeopleDirectory people, LmsConfig config, Dashboard dashboard,
                        ContinuingEducation ce, ExamStatuses exams, org.peercert.course.CourseCatalog catalog) {
        this.catalog = catalog;
        this.ce = ce;
        this.exams = exams;
        this.homes = homes;
        this.user = user;
        this.people = people;
        this.config = config;
        this.dashboard = dashboard;
    }

    @GET
    @PermitAll
    public TemplateInstance index() {
        return Templates.index(homes.of(user.roles()));
    }

    /** Where a login goes while Keycloak does not answer (see web/IdentityServerWatch). */
    @GET
    @Path("sign-in-unavailable")
    @PermitAll
    public Response signInUnavailable() {
        return Response.status(503).header("Retry-After", "60").entity(Templates.signInUnavailable()).build();
    }

    /** Starts the code-flow login; once back, a person with one role lands on that role's home. */
    @GET
    @Path("login")
    @Authenticated
    public Response login() {
        List<String> roles = user.roles();
        String target = roles.size() == 1 ? "/" + roles.get(0) : "/";
        return Response.seeOther(URI.create(target)).build();
    }

    @GET
    @Path("trainee")
    @RolesAllowed(Roles.TRAINEE)
    public TemplateInstance trainee() {
        String legalName = people.legalName(user.subject()).orElse(user.displayName());
        List<Dashboard.CourseProgress> courses = dashboard.courses(user.subject());
        return Templates.trainee(homes.of(Roles.TRAINEE), legalName, config.identityRealmUrl() + "/account",
                courses, dashboard.upcoming(user.subject()),
                ce.standing(user.subject()).map(CeYearView::of).orElse(null), examStates(courses),
                org.peercert.trainee.EnrolmentRequest.openOf(user.subject()).stream().map(r -> new Requested(r.courseId,
                        catalog.find(r.courseId).map(org.peercert.course.Course::title).orElse(r.courseId), r.requestedAt)).toList());
    }

    /** Each course's exam state for the trainee's course cards (written exams, issue 5). */
    private Map<String, ExamStatus> examStates(List<Dashboard.CourseProgress> courses) {
        Map<String, ExamStatus> states = new HashMap<>();
        for (Dashboard.CourseProgress cp : courses) {
            CourseExam.of(cp.course()).ifPresent(exam -> states.put(exam.courseId(), exams.status(user.subject(), exam)));
        }
        return states;
    }

    @GET
    @Path("instructor")
    @RolesAllowed(Roles.INSTRUCTOR)
    public TemplateInstance instructor() {
        return Templates.role(homes.of(Roles.INSTRUCTOR));
    }

    @GET
    @Path("reviewer")
    @RolesAllowed(Roles.REVIEWER)
    public TemplateInstance reviewer() {
        return Templates.role(homes.of(Roles.REVIEWER));
    }

    @GET
    @Path("admin")
    @RolesAllowed(Roles.ADMIN)
    public TemplateInstance admin() {
        return Templates.role(homes.of(Roles.ADMIN));
    }
}

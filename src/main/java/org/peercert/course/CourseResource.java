package org.peercert.course;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import org.peercert.people.Roles;
import org.peercert.trainee.EnrolmentStatus;
import org.peercert.web.CurrentUser;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * The catalog and course pages, public as a provider's course list is. The module reader is
 * {@link org.peercert.hours.ModuleResource}, where seat time is counted.
 */
@Path("/courses")
@Produces(MediaType.TEXT_HTML)
public class CourseResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance catalog(List<Course> courses, List<CourseKind> kinds, String kind);

        static native TemplateInstance course(Course course, EnrolmentStatus enrolment, List<Prerequisite> prerequisites,
                                              boolean prerequisitesMissing);

    }

    /** A course to complete first: its id, its title, and whether this trainee has (false for others). */
    public record Prerequisite(String id, String title, boolean missing) {
    }

    private final CourseCatalog catalog;
    private final CurrentUser user;
    private final org.peercert.trainee.EnrolmentService enrolments;

    public CourseResource(CourseCatalog catalog, CurrentUser user, org.peercert.trainee.EnrolmentService enrolments) {
        this.catalog = catalog;
        this.user = user;
        this.enrolments = enrolments;
    }

    @GET
    @PermitAll
    public TemplateInstance catalog(@QueryParam("kind") String kind) {
        List<Course> courses = CourseCatalogs.ofKind(catalog, kind);
        return Templates.catalog(courses, List.of(CourseKind.values()), kind == null ? "" : kind);
    }

    @GET
    @Path("{id}")
    @PermitAll
    public TemplateInstance course(@PathParam("id") String id) {
        Course course = CourseCatalogs.require(catalog, id);
        boolean trainee = user.has(Roles.TRAINEE);
        List<String> missing = trainee ? enrolments.missingPrerequisites(course, user.subject()) : List.of();
        List<Prerequisite> prerequisites = course.settings().prerequisites() == null ? List.of()
                : course.settings().prerequisites().stream().map(p -> new Prerequisite(p,
                catalog.find(p).map(Course::title).orElse(p), missing.contains(p))).toList();
        return Templates.course(course, trainee ? EnrolmentStatus.of(user.subject(), id) : EnrolmentStatus.NONE, prerequisites,
                !missing.isEmpty());
    }


}

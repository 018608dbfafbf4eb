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

        static native TemplateInstance course(Course course, EnrolmentStatus enrolment);

    }

    private final CourseCatalog catalog;
    private final CurrentUser user;

    public CourseResource(CourseCatalog catalog, CurrentUser user) {
        this.catalog = catalog;
        this.user = user;
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
        return Templates.course(CourseCatalogs.require(catalog, id),
                user.has(Roles.TRAINEE) ? EnrolmentStatus.of(user.subject(), id) : EnrolmentStatus.NONE);
    }


}

package org.peercert.course;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.peercert.people.Roles;

/** For the provider's staff: which courses are served, in which version, and what is broken where. */
@Path("/admin/courses")
@Produces(MediaType.TEXT_HTML)
public class CourseProblemsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance courses(CatalogSnapshot snapshot, String folder);
    }

    private final CourseCatalog catalog;

    public CourseProblemsPage(CourseCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    public TemplateInstance show() {
        return Templates.courses(catalog.snapshot(), catalog.folder().toString());
    }
}

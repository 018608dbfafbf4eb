package org.peercert.course;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The course catalog over the API. The catalog is public, as a provider's course list is. */
@Path("/api/courses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "courses")
public class CourseApiResource {

    private final CourseCatalog catalog;

    public CourseApiResource(CourseCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @PermitAll
    @Operation(summary = "Every course in the catalog, with hours by competency, modules and content version")
    public List<CourseView> list(@Parameter(description = "certification, specialty or continuing-education")
                                 @QueryParam("kind") String kind) {
        return CourseCatalogs.ofKind(catalog, kind).stream().map(CourseView::of).toList();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "One course: hours by competency, modules with hours, content version")
    public CourseView get(@PathParam("id") String id) {
        return CourseView.of(CourseCatalogs.require(catalog, id));
    }
}

package org.peercert.trainee;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercert.course.CourseCatalog;
import org.peercert.course.CourseCatalogs;
import org.peercert.people.Roles;
import org.peercert.web.CurrentUser;

import java.util.List;

/** Enrolments over the API: trainees enrol or ask to; admins enrol by username. */
@Path("/api/enrolments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "enrolments")
public class EnrolmentApiResource {

    /** A trainee's own enrolment: which course. */
    public record EnrolSelf(@NotBlank(message = "Name the course.") String courseId) {
    }

    /** An admin's direct enrolment: which course, whom. */
    public record EnrolByUsername(@NotBlank(message = "Name the course.") String courseId,
                                  @NotBlank(message = "Enter the trainee's username.") String username) {
    }

    private final EnrolmentService enrolments;
    private final CourseCatalog catalog;
    private final CurrentUser user;

    public EnrolmentApiResource(EnrolmentService enrolments, CourseCatalog catalog, CurrentUser user) {
        this.enrolments = enrolments;
        this.catalog = catalog;
        this.user = user;
    }

    @GET
    @RolesAllowed(Roles.TRAINEE)
    @Operation(summary = "The caller's enrolments")
    public List<Enrolment> mine() {
        return Enrolment.ofTrainee(user.subject());
    }

    @POST
    @RolesAllowed(Roles.TRAINEE)
    @Operation(summary = "Enrol in a course (201), or ask to where the course needs approval (202)")
    public Response enrolSelf(@Valid EnrolSelf body) {
        EnrolmentService.Outcome outcome = enrolments.enrolSelf(CourseCatalogs.require(catalog, body.courseId()), user.actor());
        return outcome.enrolment() != null ? Response.status(201).entity(outcome.enrolment()).build()
                : Response.status(202).entity(outcome.request()).build();
    }

    @POST
    @Path("by-admin")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Enrol a trainee by username")
    public Response enrolByAdmin(@Valid EnrolByUsername body) {
        Enrolment enrolment = enrolments.enrolByAdmin(CourseCatalogs.require(catalog, body.courseId()), body.username(),
                user.actor());
        return Response.status(201).entity(enrolment).build();
    }
}

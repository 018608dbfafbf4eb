package org.peercert.trainee;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercert.course.CourseCatalog;
import org.peercert.course.CourseCatalogs;
import org.peercert.people.Roles;
import org.peercert.web.CurrentUser;
import org.peercert.web.UserFacingException;

import java.util.List;

/** Requests to enrol in courses that need approval: admins answer them, reviewers may read them. */
@Path("/api/enrolment-requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "enrolments")
public class EnrolmentRequestApiResource {

    private final EnrolmentService enrolments;
    private final CourseCatalog catalog;
    private final CurrentUser user;

    public EnrolmentRequestApiResource(EnrolmentService enrolments, CourseCatalog catalog, CurrentUser user) {
        this.enrolments = enrolments;
        this.catalog = catalog;
        this.user = user;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
    @Operation(summary = "Requests that no enrolment answers yet, oldest first")
    public List<EnrolmentRequest> open() {
        return EnrolmentRequest.open();
    }

    @POST
    @Path("{id}/approval")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Approve a request: the trainee is enrolled")
    public Response approve(@PathParam("id") long requestId) {
        EnrolmentRequest request = EnrolmentRequest.<EnrolmentRequest>findByIdOptional(requestId).orElseThrow(() ->
                new UserFacingException(404, "There is no enrolment request " + requestId + "."));
        Enrolment enrolment = enrolments.approve(request, CourseCatalogs.require(catalog, request.courseId), user.actor());
        return Response.status(201).entity(enrolment).build();
    }
}

package org.peercert.trainee;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.peercert.course.CourseCatalog;
import org.peercert.course.CourseCatalogs;
import org.peercert.people.Roles;
import org.peercert.web.CurrentUser;

import java.net.URI;

/** The course page's Enrol button: enrols, or asks to where the course needs approval. */
@Path("/courses/{id}/enrolment")
public class EnrolmentPage {

    private final EnrolmentService enrolments;
    private final CourseCatalog catalog;
    private final CurrentUser user;

    public EnrolmentPage(EnrolmentService enrolments, CourseCatalog catalog, CurrentUser user) {
        this.enrolments = enrolments;
        this.catalog = catalog;
        this.user = user;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.TRAINEE)
    public Response enrol(@PathParam("id") String courseId) {
        EnrolmentService.Outcome outcome = enrolments.enrolSelf(CourseCatalogs.require(catalog, courseId), user.actor());
        return Response.seeOther(URI.create(outcome.enrolment() != null ? "/trainee" : "/courses/" + courseId)).build();
    }
}

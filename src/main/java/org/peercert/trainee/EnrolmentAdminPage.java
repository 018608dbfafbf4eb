package org.peercert.trainee;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.peercert.course.Course;
import org.peercert.course.CourseCatalog;
import org.peercert.course.CourseCatalogs;
import org.peercert.people.Roles;
import org.peercert.web.CurrentUser;
import org.peercert.web.UserFacingException;

import java.util.List;

/** For admins: answer requests to enrol, and enrol a trainee by username. */
@Path("/admin/enrolments")
@Produces(MediaType.TEXT_HTML)
public class EnrolmentAdminPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance enrolments(List<EnrolmentRequest> requests, List<Course> courses, String notice,
                                                  String problem, String username, String courseId);
    }

    private final EnrolmentService enrolments;
    private final CourseCatalog catalog;
    private final CurrentUser user;

    public EnrolmentAdminPage(EnrolmentService enrolments, CourseCatalog catalog, CurrentUser user) {
        this.enrolments = enrolments;
        this.catalog = catalog;
        this.user = user;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    public TemplateInstance show() {
        return page(null, null, "", "");
    }

    @POST
    @Path("{requestId}/approval")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response approve(@PathParam("requestId") long requestId) {
        try {
            EnrolmentRequest request = EnrolmentRequest.<EnrolmentRequest>findByIdOptional(requestId)
                    .orElseThrow(() -> new UserFacingException(404, "There is no enrolment request " + requestId + "."));
            Enrolment enrolment = enrolments.approve(request, CourseCatalogs.require(catalog, request.courseId), user.actor());
            return Response.ok(page(enrolment.legalName + " is enrolled in " + enrolment.courseId + ".", null, "", "")).build();
        } catch (UserFacingException e) {
            return Response.status(e.getResponse().getStatus()).entity(page(null, e.getMessage(), "", "")).build();
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response enrol(@RestForm String username, @RestForm String courseId) {
        try {
            if (username == null || username.isBlank()) {
                throw new UserFacingException(400, "Enter the trainee's username.");
            }
            Enrolment enrolment = enrolments.enrolByAdmin(CourseCatalogs.require(catalog, courseId), username.trim(), user.actor());
            return Response.ok(page(enrolment.legalName + " is enrolled in " + enrolment.courseId + ".", null, "", "")).build();
        } catch (UserFacingException e) {
            return Response.status(e.getResponse().getStatus())
                    .entity(page(null, e.getMessage(), username == null ? "" : username, courseId == null ? "" : courseId)).build();
        }
    }

    private TemplateInstance page(String notice, String problem, String username, String courseId) {
        return Templates.enrolments(EnrolmentRequest.open(), catalog.all(), notice, problem, username, courseId);
    }
}

package org.peercert.hours;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercert.course.Course;
import org.peercert.course.CourseCatalog;
import org.peercert.course.CourseCatalogs;
import org.peercert.people.Roles;
import org.peercert.trainee.Enrolment;
import org.peercert.web.CurrentUser;
import org.peercert.web.UserFacingException;

import java.util.List;

/**
 * The ledger over the API. A trainee reads only their own (any other answers 404, as if it did
 * not exist); instructors, reviewers and admins read any; only admins correct.
 */
@Path("/api/trainees/{subject}/ledger/{courseId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "hours")
public class LedgerApiResource {

    /** A trainee's ledger in one course: progress against the requirement, and every line. */
    public record Ledger(String traineeSubject, String legalName, String courseId, String contentVersion,
                         Progress progress, List<HoursEntry> entries) {
    }

    private final HoursLedger ledger;
    private final AdjustmentService adjustments;
    private final CourseCatalog catalog;
    private final CurrentUser user;
    private final LedgerAccess access;

    public LedgerApiResource(HoursLedger ledger, AdjustmentService adjustments, CourseCatalog catalog, CurrentUser user,
                             LedgerAccess access) {
        this.ledger = ledger;
        this.adjustments = adjustments;
        this.catalog = catalog;
        this.user = user;
        this.access = access;
    }

    @GET
    @RolesAllowed({Roles.TRAINEE, Roles.INSTRUCTOR, Roles.REVIEWER, Roles.ADMIN})
    @Operation(summary = "A trainee's hours in a course: progress by competency and every ledger line with its evidence")
    public Ledger read(@PathParam("subject") String subject, @PathParam("courseId") String courseId) {
        Enrolment enrolment = access.visibleEnrolment(subject, courseId);
        Course course = CourseCatalogs.require(catalog, courseId);
        return new Ledger(subject, enrolment.legalName, courseId, enrolment.contentVersion,
                ledger.progress(subject, course), ledger.entries(subject, courseId));
    }

    @GET
    @Path("activity")
    @RolesAllowed({Roles.TRAINEE, Roles.INSTRUCTOR, Roles.REVIEWER, Roles.ADMIN})
    @Operation(summary = "The self-paced evidence: every accepted heartbeat with the seconds the server credited and why")
    public List<ActivityBeat> activity(@PathParam("subject") String subject, @PathParam("courseId") String courseId) {
        access.visibleEnrolment(subject, courseId);
        return ActivityBeat.list("traineeSubject = ?1 and courseId = ?2 order by receivedAt, id", subject, courseId);
    }

    @POST
    @Path("adjustments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Correct the ledger with a new line that gives its reason")
    public Response adjust(@PathParam("subject") String subject, @PathParam("courseId") String courseId,
                           AdjustmentService.Adjustment adjustment) {
        access.visibleEnrolment(subject, courseId);
        if (adjustment == null) {
            throw new UserFacingException(400, "Send competencyId, minutes and reason as JSON.");
        }
        HoursEntry entry = adjustments.adjust(subject, CourseCatalogs.require(catalog, courseId), adjustment, user.actor());
        return Response.status(201).entity(entry).build();
    }

}

package org.peercert.hours;

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
import org.peercert.config.LmsConfig;
import org.peercert.course.Course;
import org.peercert.course.CourseCatalog;
import org.peercert.course.CourseCatalogs;
import org.peercert.people.Roles;
import org.peercert.trainee.Enrolment;
import org.peercert.web.CurrentUser;
import org.peercert.web.UserFacingException;

import java.util.List;

/**
 * A trainee's ledger in one course, as a page: progress, and every line with its evidence.
 * Trainees see their own (any other answers 404); staff see any; admins may add a correction.
 */
@Path("/ledger/{subject}/{courseId}")
public class LedgerPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance ledger(Course course, Enrolment enrolment, Progress progress, List<HoursEntry> entries,
                                              boolean canCorrect, String problem);
    }

    private final HoursLedger ledger;
    private final AdjustmentService adjustments;
    private final CourseCatalog catalog;
    private final CurrentUser user;
    private final LedgerAccess access;
    private final LmsConfig config;

    public LedgerPage(HoursLedger ledger, AdjustmentService adjustments, CourseCatalog catalog, CurrentUser user,
                      LedgerAccess access, LmsConfig config) {
        this.ledger = ledger;
        this.adjustments = adjustments;
        this.catalog = catalog;
        this.user = user;
        this.access = access;
        this.config = config;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.TRAINEE, Roles.INSTRUCTOR, Roles.REVIEWER, Roles.ADMIN})
    public TemplateInstance show(@PathParam("subject") String subject, @PathParam("courseId") String courseId) {
        return page(subject, courseId, null);
    }

    @GET
    @Path("transcript.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.TRAINEE, Roles.INSTRUCTOR, Roles.REVIEWER, Roles.ADMIN})
    public Response csv(@PathParam("subject") String subject, @PathParam("courseId") String courseId) {
        Transcript transcript = transcript(subject, courseId);
        return download(TranscriptCsv.write(transcript), "text/csv; charset=UTF-8", transcript.fileName("csv"));
    }

    @GET
    @Path("transcript.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.TRAINEE, Roles.INSTRUCTOR, Roles.REVIEWER, Roles.ADMIN})
    public Response pdf(@PathParam("subject") String subject, @PathParam("courseId") String courseId) {
        Transcript transcript = transcript(subject, courseId);
        return download(TranscriptPdf.write(transcript), "application/pdf", transcript.fileName("pdf"));
    }

    @POST
    @Path("adjustments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ADMIN)
    public Response adjust(@PathParam("subject") String subject, @PathParam("courseId") String courseId,
                           @RestForm String competencyId, @RestForm String minutes, @RestForm String reason) {
        Course course = CourseCatalogs.require(catalog, courseId);
        access.visibleEnrolment(subject, courseId);
        try {
            int parsed = Integer.parseInt(minutes == null ? "" : minutes.trim());
            adjustments.adjust(subject, course, new AdjustmentService.Adjustment(competencyId, parsed, reason, null), user.actor());
            return Response.seeOther(java.net.URI.create("/ledger/" + subject + "/" + courseId)).build();
        } catch (NumberFormatException e) {
            return Response.status(400).entity(page(subject, courseId, "minutes: enter a whole number, negative to take time off.")).build();
        } catch (UserFacingException e) {
            return Response.status(e.getResponse().getStatus()).entity(page(subject, courseId, e.getMessage())).build();
        }
    }

    private TemplateInstance page(String subject, String courseId, String problem) {
        Enrolment enrolment = access.visibleEnrolment(subject, courseId);
        Course course = CourseCatalogs.require(catalog, courseId);
        return Templates.ledger(course, enrolment, ledger.progress(subject, course), ledger.entries(subject, courseId),
                user.has(Roles.ADMIN), problem);
    }

    private Transcript transcript(String subject, String courseId) {
        Enrolment enrolment = access.visibleEnrolment(subject, courseId);
        Course course = CourseCatalogs.require(catalog, courseId);
        return Transcript.of(enrolment, course, ledger.progress(subject, course), ledger.entries(subject, courseId),
                config.provider().name(), config.timeZone());
    }

    private static Response download(Object body, String type, String fileName) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

}

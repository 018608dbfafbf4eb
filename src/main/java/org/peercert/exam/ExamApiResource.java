package org.peercert.exam;

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
import org.peercert.course.CourseCatalog;
import org.peercert.course.CourseCatalogs;
import org.peercert.people.Roles;
import org.peercert.web.CurrentUser;

import java.time.Instant;
import java.util.List;

/**
 * A course's written exam or post-test over the API: where the caller stands and starting an
 * attempt (trainees); results per trainee and item analysis (instructors, reviewers, admins).
 */
@Path("/api/exams/{courseId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "exams")
public class ExamApiResource {

    private final CourseCatalog catalog;
    private final ExamStatuses statuses;
    private final AttemptService attempts;
    private final ExamResults results;
    private final ItemAnalysis analysis;
    private final ExamAccess access;
    private final CurrentUser user;

    public ExamApiResource(CourseCatalog catalog, ExamStatuses statuses, AttemptService attempts, ExamResults results,
                           ItemAnalysis analysis, ExamAccess access, CurrentUser user) {
        this.catalog = catalog;
        this.statuses = statuses;
        this.attempts = attempts;
        this.results = results;
        this.analysis = analysis;
        this.access = access;
        this.user = user;
    }

    @GET
    @RolesAllowed(Roles.TRAINEE)
    @Operation(summary = "Where you stand: locked, open, in progress, passed, waiting or out of attempts, with your attempts")
    public ExamStatus status(@PathParam("courseId") String courseId) {
        return statuses.status(user.subject(), exam(courseId));
    }

    @POST
    @Path("attempts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TRAINEE)
    @Operation(summary = "Start an attempt (201), or get the one already running (200); 409 when the exam is not open to you")
    public Response start(@PathParam("courseId") String courseId) {
        CourseExam exam = exam(courseId);
        statuses.finaliseOver(user.subject(), courseId);
        AttemptService.Started started = Deadlocks.retry(() -> attempts.start(user.subject(), exam));
        ExamAttempt attempt = started.attempt();
        AttemptView view = AttemptView.of(attempt, exam.title(), SavedAnswers.of(attempt.id), false, ExamTime.now());
        return Response.status(started.resumed() ? 200 : 201).entity(view).build();
    }

    @GET
    @Path("results")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.REVIEWER, Roles.ADMIN})
    @Operation(summary = "Every attempt per trainee (instructors: the trainees on their rosters)")
    public List<ExamResults.TraineeResults> results(@PathParam("courseId") String courseId) {
        exam(courseId);
        return results.perTrainee(courseId, trainee -> access.mayRead(trainee, courseId));
    }

    @GET
    @Path("item-analysis")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.REVIEWER, Roles.ADMIN})
    @Operation(summary = "Per question across all finished attempts: drawn, facility, discrimination, point-biserial, answer counts")
    public ItemAnalysis.Report itemAnalysis(@PathParam("courseId") String courseId) {
        return analysis.of(exam(courseId).course());
    }

    private CourseExam exam(String courseId) {
        return CourseExam.require(CourseCatalogs.require(catalog, courseId));
    }
}

package org.peercert.exam;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercert.course.CourseCatalog;
import org.peercert.people.Roles;
import org.peercert.web.CurrentUser;
import org.peercert.web.UserFacingException;

import java.time.Instant;

/**
 * One attempt over the API. Its trainee reads it (prompts and choices with opaque ids, saved
 * answers, the server's remaining seconds), saves answers one by one and submits; the result is
 * for the trainee and for staff who may read the trainee's records. Another trainee's is 404.
 */
@Path("/api/exam-attempts/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "exams")
public class AttemptApiResource {

    private final AttemptService attempts;
    private final ExamStatuses statuses;
    private final Results results;
    private final ExamAccess access;
    private final CourseCatalog catalog;
    private final CurrentUser user;
    private final ExamMessages msg;

    public AttemptApiResource(AttemptService attempts, ExamStatuses statuses, Results results, ExamAccess access,
                              CourseCatalog catalog, CurrentUser user, ExamMessages msg) {
        this.attempts = attempts;
        this.statuses = statuses;
        this.results = results;
        this.access = access;
        this.catalog = catalog;
        this.user = user;
        this.msg = msg;
    }

    @GET
    @RolesAllowed(Roles.TRAINEE)
    @Operation(summary = "Your attempt: questions with opaque ids, your saved answers, the seconds left by the server's clock")
    public AttemptView read(@PathParam("id") long id) {
        ExamAttempt attempt = access.own(id);
        statuses.finaliseOver(attempt.traineeSubject, attempt.courseId);
        return AttemptView.of(attempt, courseTitle(attempt), SavedAnswers.of(id), ExamSubmission.of(id).isPresent(),
                ExamTime.now());
    }

    @POST
    @Path("answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TRAINEE)
    @Operation(summary = "Save one answer (the latest counts); 409 after submission or the deadline, 422 for ids not in the attempt")
    public AttemptService.Saved save(@PathParam("id") long id, AnswerRequest request) {
        if (request == null) {
            throw new UserFacingException(400, "Send questionId and choices, text or matches as JSON.");
        }
        return Deadlocks.retry(() -> attempts.save(user.subject(), id, request.questionId(), request.answer()));
    }

    @POST
    @Path("submission")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TRAINEE)
    @Operation(summary = "Submit and score the attempt; submitting again returns the same result")
    public ResultView submit(@PathParam("id") long id) {
        ExamAttempt attempt = access.own(id);
        ExamSubmission submission = Deadlocks.retry(() -> attempts.submit(user.subject(), id));
        return results.of(attempt, submission, false);
    }

    @GET
    @Path("result")
    @RolesAllowed({Roles.TRAINEE, Roles.INSTRUCTOR, Roles.REVIEWER, Roles.ADMIN})
    @Operation(summary = "The result: score, pass or fail, by competency; the questions with keys for staff, or where the course shows them")
    public ResultView result(@PathParam("id") long id) {
        ExamAttempt attempt = access.readable(id);
        statuses.finaliseOver(attempt.traineeSubject, attempt.courseId);
        ExamSubmission submission = ExamSubmission.of(id).orElseThrow(() -> new UserFacingException(409, msg.exam_not_finished()));
        return results.of(attempt, submission, !attempt.traineeSubject.equals(user.subject()));
    }

    private String courseTitle(ExamAttempt attempt) {
        return catalog.find(attempt.courseId).map(c -> c.title()).orElse(attempt.courseId);
    }
}

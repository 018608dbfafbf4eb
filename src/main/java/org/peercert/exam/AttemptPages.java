package org.peercert.exam;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.peercert.course.CourseCatalog;
import org.peercert.people.Roles;
import org.peercert.web.CurrentUser;
import org.peercert.web.UserFacingException;

import java.net.URI;
import java.time.Instant;

/**
 * The exam page of one attempt and its result page. The page's script saves each answer as it
 * is given ({@code POST …/answers}, a form body with the CSRF token, JSON back); without script
 * the whole form is posted by "Save my answers" or "Submit the exam".
 */
@Path("/exam-attempts/{id}")
public class AttemptPages {

    /** What the page's script hears back from a save. */
    public record SaveReply(boolean saved, String questionId, Instant savedAt, long remainingSeconds, String message) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance attempt(AttemptView view, Integer saved);

        static native TemplateInstance result(ResultView result, boolean staff, boolean late);
    }

    private final AttemptService attempts;
    private final ExamStatuses statuses;
    private final Results results;
    private final ExamAccess access;
    private final CourseCatalog catalog;
    private final CurrentUser user;
    private final ExamMessages msg;

    public AttemptPages(AttemptService attempts, ExamStatuses statuses, Results results, ExamAccess access,
                        CourseCatalog catalog, CurrentUser user, ExamMessages msg) {
        this.msg = msg;
        this.attempts = attempts;
        this.statuses = statuses;
        this.results = results;
        this.access = access;
        this.catalog = catalog;
        this.user = user;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.TRAINEE)
    public Response page(@PathParam("id") long id, @QueryParam("saved") Integer saved) {
        ExamAttempt attempt = access.own(id);
        statuses.finaliseOver(attempt.traineeSubject, attempt.courseId);
        if (ExamSubmission.of(id).isPresent()) {
            return Response.seeOther(URI.create("/exam-attempts/" + id + "/result")).build();
        }
        String title = catalog.find(attempt.courseId).map(c -> c.title()).orElse(attempt.courseId);
        return Response.ok(Templates.attempt(AttemptView.of(attempt, title, SavedAnswers.of(id), false, ExamTime.now()),
                saved)).build();
    }

    /** The script's autosave of one question: {@code question} names it, its fields carry the answer. */
    @POST
    @Path("answers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TRAINEE)
    public Response autosave(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        String question = form.getFirst("question");
        try {
            ExamAttempt attempt = access.own(id);
            Draw.Item item = Draw.fromJson(attempt.draw).item(question == null ? "" : question).orElse(null);
            Answer answer = item == null ? Answer.NONE : FormAnswers.one(item, form);
            AttemptService.Saved saved = Deadlocks.retry(() -> attempts.save(user.subject(), id, question, answer));
            return Response.ok(new SaveReply(true, saved.questionId(), saved.savedAt(), saved.remainingSeconds(), null)).build();
        } catch (UserFacingException e) {
            return Response.status(e.getResponse().getStatus())
                    .entity(new SaveReply(false, question, null, 0, e.getMessage())).build();
        }
    }

    /** The whole form, without script: save the answers, and submit when asked to. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.TRAINEE)
    public Response form(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        ExamAttempt attempt = access.own(id);
        ExamSubmission ended = ExamSubmission.of(id).orElse(null);
        if (ended != null) {
            // Finalised at the deadline (by the sweep, seconds after it) before this form arrived:
            // the form's answers came late and were not counted, and the result page says so.
            boolean cameLate = !ExamSubmission.SUBMITTED.equals(ended.how);
            return Response.seeOther(URI.create("/exam-attempts/" + id + "/result" + (cameLate ? "?late=true" : ""))).build();
        }
        boolean late = false;
        int changed = 0;
        try {
            changed = attempts.saveAll(user.subject(), id, FormAnswers.all(Draw.fromJson(attempt.draw), form));
        } catch (AttemptClosed e) {
            late = true;
        }
        if (!late && !"submit".equals(form.getFirst("action"))) {
            return Response.seeOther(URI.create("/exam-attempts/" + id + "?saved=" + changed)).build();
        }
        Deadlocks.retry(() -> attempts.submit(user.subject(), id));
        return Response.seeOther(URI.create("/exam-attempts/" + id + "/result" + (late ? "?late=true" : ""))).build();
    }

    @GET
    @Path("result")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.TRAINEE, Roles.INSTRUCTOR, Roles.REVIEWER, Roles.ADMIN})
    public TemplateInstance result(@PathParam("id") long id, @QueryParam("late") boolean late) {
        ExamAttempt attempt = access.readable(id);
        statuses.finaliseOver(attempt.traineeSubject, attempt.courseId);
        boolean staff = !attempt.traineeSubject.equals(user.subject());
        ExamSubmission submission = ExamSubmission.of(id).orElseThrow(() -> new UserFacingException(409,
                msg.exam_not_finished()));
        return Templates.result(results.of(attempt, submission, staff), staff, late);
    }
}

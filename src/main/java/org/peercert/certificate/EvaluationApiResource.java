package org.peercert.certificate;

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
import org.peercert.web.CurrentUser;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The course evaluation over the API: the form, and the caller's one submission. */
@Path("/api/evaluations/{courseId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "certificates")
public class EvaluationApiResource {

    /** The form, and what the caller submitted (null before). */
    public record Form(String courseId, List<EvaluationForm.Item> items, List<EvaluationForm.Point> scale,
                       Submitted submitted) {
    }

    /** A submitted evaluation. */
    public record Submitted(Map<String, Integer> ratings, String comments, Instant submittedAt) {
    }

    private final Evaluations evaluations;
    private final EvaluationForm form;
    private final CourseCatalog catalog;
    private final CurrentUser user;

    public EvaluationApiResource(Evaluations evaluations, EvaluationForm form, CourseCatalog catalog, CurrentUser user) {
        this.evaluations = evaluations;
        this.form = form;
        this.catalog = catalog;
        this.user = user;
    }

    @GET
    @RolesAllowed(Roles.TRAINEE)
    @Operation(summary = "The evaluation form of a specialty or CE course, and the caller's submission if any")
    public Form read(@PathParam("courseId") String courseId) {
        Course course = CourseCatalogs.require(catalog, courseId);
        evaluations.requireForm(user.subject(), course);
        return new Form(courseId, form.items(), form.scale(),
                CourseEvaluation.of(user.subject(), courseId).map(EvaluationApiResource::submitted).orElse(null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TRAINEE)
    @Operation(summary = "Submit the evaluation once: every item rated 1 to 5, comments optional; 201, 400, 409")
    public Response submit(@PathParam("courseId") String courseId, Evaluations.Submission submission) {
        CourseEvaluation evaluation = evaluations.submit(user.subject(), CourseCatalogs.require(catalog, courseId), submission);
        return Response.status(201).entity(submitted(evaluation)).build();
    }

    private static Submitted submitted(CourseEvaluation evaluation) {
        return new Submitted(EvaluationRating.of(evaluation.id).stream()
                .collect(Collectors.toMap(r -> r.itemId, r -> r.rating)), evaluation.comments, evaluation.submittedAt);
    }
}

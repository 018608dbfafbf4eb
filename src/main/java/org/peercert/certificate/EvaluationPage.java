package org.peercert.certificate;

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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.peercert.course.Course;
import org.peercert.course.CourseCatalog;
import org.peercert.course.CourseCatalogs;
import org.peercert.people.Roles;
import org.peercert.web.CurrentUser;
import org.peercert.web.UserFacingException;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The course evaluation form as a page. A rejected form comes back with every answer kept and
 * the problem named; a submitted one is shown read-only.
 */
@Path("/evaluations/{courseId}")
@Produces(MediaType.TEXT_HTML)
public class EvaluationPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance evaluation(Course course, List<EvaluationForm.Item> items,
                                                  List<EvaluationForm.Point> scale, Map<String, Integer> ratings,
                                                  String comments, CourseEvaluation submitted, String problem);
    }

    private final Evaluations evaluations;
    private final EvaluationForm form;
    private final CourseCatalog catalog;
    private final CurrentUser user;

    public EvaluationPage(Evaluations evaluations, EvaluationForm form, CourseCatalog catalog, CurrentUser user) {
        this.evaluations = evaluations;
        this.form = form;
        this.catalog = catalog;
        this.user = user;
    }

    @GET
    @RolesAllowed(Roles.TRAINEE)
    public TemplateInstance show(@PathParam("courseId") String courseId) {
        Course course = CourseCatalogs.require(catalog, courseId);
        evaluations.requireForm(user.subject(), course);
        CourseEvaluation submitted = CourseEvaluation.of(user.subject(), courseId).orElse(null);
        Map<String, Integer> ratings = new HashMap<>();
        if (submitted != null) {
            EvaluationRating.of(submitted.id).forEach(r -> ratings.put(r.itemId, r.rating));
        }
        return Templates.evaluation(course, form.items(), form.scale(), ratings,
                submitted == null ? "" : submitted.comments, submitted, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.TRAINEE)
    public Response submit(@PathParam("courseId") String courseId, MultivaluedMap<String, String> fields) {
        Course course = CourseCatalogs.require(catalog, courseId);
        Map<String, Integer> ratings = new HashMap<>();
        for (EvaluationForm.Item item : form.items()) {
            String value = fields.getFirst(item.id());
            if (value != null && value.matches("[1-5]")) {
                ratings.put(item.id(), Integer.parseInt(value));
            }
        }
        String comments = fields.getFirst("comments");
        try {
            evaluations.submit(user.subject(), course, new Evaluations.Submission(ratings, comments));
            return Response.seeOther(URI.create("/certificates#course-" + courseId)).build();
        } catch (UserFacingException e) {
            if (e.getResponse().getStatus() == 404) {
                throw e;
            }
            return Response.status(e.getResponse().getStatus()).entity(Templates.evaluation(course, form.items(),
                    form.scale(), ratings, comments == null ? "" : comments,
                    CourseEvaluation.of(user.subject(), courseId).orElse(null), e.getMessage())).build();
        }
    }
}

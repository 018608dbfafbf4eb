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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.peercert.course.Course;
import org.peercert.course.CourseCatalog;
import org.peercert.course.CourseCatalogs;
import org.peercert.people.Roles;
import org.peercert.web.CurrentUser;

import java.net.URI;
import java.util.List;

/**
 * The exam pages by course: a trainee's exam page (where they stand, start or resume); for
 * instructors, reviewers and admins the list of exams, results per trainee and item analysis.
 */
@Path("/exams")
@Produces(MediaType.TEXT_HTML)
public class ExamPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance exams(List<CourseExam> exams);

        static native TemplateInstance exam(ExamStatus status);

        static native TemplateInstance results(CourseExam exam, List<ExamResults.TraineeResults> results);

        static native TemplateInstance itemAnalysis(CourseExam exam, ItemAnalysis.Report report);
    }

    private final CourseCatalog catalog;
    private final ExamStatuses statuses;
    private final AttemptService attempts;
    private final ExamResults results;
    private final ItemAnalysis analysis;
    private final ExamAccess access;
    private final CurrentUser user;

    public ExamPages(CourseCatalog catalog, ExamStatuses statuses, AttemptService attempts, ExamResults results,
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
    @RolesAllowed({Roles.INSTRUCTOR, Roles.REVIEWER, Roles.ADMIN})
    public TemplateInstance list() {
        return Templates.exams(catalog.all().stream().map(CourseExam::of).flatMap(java.util.Optional::stream).toList());
    }

    @GET
    @Path("{courseId}")
    @RolesAllowed(Roles.TRAINEE)
    public TemplateInstance exam(@PathParam("courseId") String courseId) {
        return Templates.exam(statuses.status(user.subject(), courseExam(courseId)));
    }

    @POST
    @Path("{courseId}/attempts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.TRAINEE)
    public Response start(@PathParam("courseId") String courseId) {
        CourseExam exam = courseExam(courseId);
        statuses.finaliseOver(user.subject(), courseId);
        ExamAttempt attempt = attempts.start(user.subject(), exam).attempt();
        return Response.seeOther(URI.create("/exam-attempts/" + attempt.id)).build();
    }

    @GET
    @Path("{courseId}/results")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.REVIEWER, Roles.ADMIN})
    public TemplateInstance results(@PathParam("courseId") String courseId) {
        CourseExam exam = courseExam(courseId);
        return Templates.results(exam, results.perTrainee(courseId, trainee -> access.mayRead(trainee, courseId)));
    }

    @GET
    @Path("{courseId}/item-analysis")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.REVIEWER, Roles.ADMIN})
    public TemplateInstance itemAnalysis(@PathParam("courseId") String courseId) {
        CourseExam exam = courseExam(courseId);
        return Templates.itemAnalysis(exam, analysis.of(exam.course()));
    }

    private CourseExam courseExam(String courseId) {
        Course course = CourseCatalogs.require(catalog, courseId);
        return CourseExam.require(course);
    }
}

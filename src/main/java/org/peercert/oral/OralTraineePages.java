package org.peercert.oral;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.peercert.course.CourseCatalog;
import org.peercert.people.Roles;
import org.peercert.trainee.Enrolment;

import org.peercert.web.CurrentUser;
import org.peercert.web.UserFacingException;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/** The trainee's oral exams: for each enrolled course with one, their booking, the open slots, and past results. */
@Path("/oral")
@Produces(MediaType.TEXT_HTML)
public class OralTraineePages {

    /** One course's oral exam on the page, with its rubric for "what the examiners look for". */
    public record CourseExam(OralViews.TraineeCourse exam, OralRubric rubric) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance oral(List<CourseExam> exams, String notice, String problem);
    }

    private final BookingService bookings;
    private final OralViews views;
    private final CourseCatalog catalog;
    private final CurrentUser user;
    private final OralMessages msg;

    public OralTraineePages(BookingService bookings, OralViews views, CourseCatalog catalog, CurrentUser user, OralMessages msg) {
        this.bookings = bookings;
        this.views = views;
        this.catalog = catalog;
        this.user = user;
        this.msg = msg;
    }

    @GET
    @RolesAllowed(Roles.TRAINEE)
    public TemplateInstance mine(@QueryParam("done") String done) {
        return page(done == null ? null : msg.done(done), null);
    }

    @POST
    @Path("bookings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.TRAINEE)
    public Response book(@RestForm Long slotId) {
        try {
            if (slotId == null) {
                throw new UserFacingException(400, "Choose one of the open times, then book it.");
            }
            bookings.book(slotId, user.actor());
            return Response.seeOther(URI.create("/oral?done=booked")).build();
        } catch (UserFacingException e) {
            return Response.status(e.getResponse().getStatus()).entity(page(null, e.getMessage())).build();
        }
    }

    TemplateInstance page(String notice, String problem) {
        List<CourseExam> exams = Enrolment.ofTrainee(user.subject()).stream()
                .map(e -> catalog.find(e.courseId).filter(c -> c.oralExam().isPresent()).orElse(null))
                .filter(Objects::nonNull)
                .map(c -> new CourseExam(views.trainee(c, user.subject()), c.oralExam().orElseThrow())).toList();
        return Templates.oral(exams, notice, problem);
    }

}

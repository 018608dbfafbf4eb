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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.peercert.config.LmsConfig;
import org.peercert.course.Course;
import org.peercert.course.CourseCatalog;
import org.peercert.course.CourseCatalogs;
import org.peercert.people.Roles;

import org.peercert.web.CurrentUser;
import org.peercert.web.UserFacingException;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The instructors' calendar of upcoming oral exams, day by day, with the form to publish a slot
 * (times in the provider's zone). Admins see every slot; reviewers read it without the form.
 */
@Path("/oral/calendar")
@Produces(MediaType.TEXT_HTML)
public class OralCalendarPages {

    /** One day of the calendar. */
    public record Day(LocalDate date, List<SlotView> slots) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance calendar(List<Day> days, List<Course> courses, boolean mayPublish, String me,
                                                String notice, String problem);
    }

    private final SlotService slots;
    private final OralSchedule schedule;
    private final OralViews views;
    private final CourseCatalog catalog;
    private final CurrentUser user;
    private final LmsConfig config;
    private final OralMessages msg;
    private final BookingAccess access;

    public OralCalendarPages(SlotService slots, OralSchedule schedule, OralViews views, CourseCatalog catalog,
                             CurrentUser user, LmsConfig config, OralMessages msg, BookingAccess access) {
        this.access = access;
        this.slots = slots;
        this.schedule = schedule;
        this.views = views;
        this.catalog = catalog;
        this.user = user;
        this.config = config;
        this.msg = msg;
    }

    @GET
    @RolesAllowed({Roles.INSTRUCTOR, Roles.REVIEWER, Roles.ADMIN})
    public TemplateInstance show(@QueryParam("published") boolean published, @QueryParam("withdrawn") boolean withdrawn) {
        return page(published ? msg.published() : withdrawn ? msg.withdrawn() : null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
    public Response publish(MultivaluedMap<String, String> form) {
        try {
            Course course = CourseCatalogs.require(catalog, form.getFirst("courseId"));
            String minutes = form.getFirst("minutes");
            List<String> examiners = Arrays.asList(form.getFirst("examiner1"), form.getFirst("examiner2"));
            slots.publish(course, new SlotService.Publication(start(form.getFirst("date"), form.getFirst("start")),
                    minutes == null || minutes.isBlank() ? null : (int) OralBookingPages.number(minutes, "minutes: give the length in minutes."),
                    form.getFirst("format"), form.getFirst("location"), form.getFirst("videoLink"), examiners), user.actor());
            return Response.seeOther(URI.create("/oral/calendar?published=true")).build();
        } catch (UserFacingException e) {
            return Response.status(e.getResponse().getStatus()).entity(page(null, e.getMessage())).build();
        }
    }

    @POST
    @Path("slots/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
    public Response withdraw(@jakarta.ws.rs.PathParam("id") long id, @org.jboss.resteasy.reactive.RestForm String reason) {
        try {
            slots.withdraw(access.staffSlot(id), reason, user.actor(), user.has(Roles.ADMIN));
            return Response.seeOther(URI.create("/oral/calendar?withdrawn=true")).build();
        } catch (UserFacingException e) {
            return Response.status(e.getResponse().getStatus()).entity(page(null, e.getMessage())).build();
        }
    }

    private TemplateInstance page(String notice, String problem) {
        Map<LocalDate, List<SlotView>> byDay = new TreeMap<>();
        for (OralSlot slot : schedule.slots(null, null)) {
            byDay.computeIfAbsent(OralFormats.day(slot.startsAt), d -> new java.util.ArrayList<>()).add(views.staffSlot(slot));
        }
        List<Day> days = byDay.entrySet().stream().map(e -> new Day(e.getKey(), e.getValue())).toList();
        List<Course> courses = catalog.all().stream().filter(c -> c.oralExam().isPresent()).toList();
        boolean mayPublish = user.has(Roles.INSTRUCTOR) || user.has(Roles.ADMIN);
        return Templates.calendar(days, courses, mayPublish, user.has(Roles.INSTRUCTOR) ? user.username() : "", notice, problem);
    }

    private Instant start(String date, String time) {
        try {
            return LocalDate.parse(date).atTime(LocalTime.parse(time)).atZone(config.timeZone()).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            throw new UserFacingException(400, "date, start: enter the day and the start time.");
        }
    }
}

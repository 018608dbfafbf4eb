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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.peercert.config.LmsConfig;
import org.peercert.course.Course;
import org.peercert.course.CourseCatalog;
import org.peercert.course.CourseCatalogs;
import org.peercert.people.Roles;
import org.peercert.trainee.Enrolment;
import org.peercert.web.CurrentUser;
import org.peercert.web.UserFacingException;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Live sessions for instructors and admins: schedule one (times in the provider's zone), then on
 * its page record each trainee's join and leave times and close attendance to post the credit.
 */
@Path("/sessions")
@Produces(MediaType.TEXT_HTML)
public class SessionPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sessions(List<Course> courses, Course course, List<LiveSession> sessions,
                                                List<Enrolment> enrolled, String problem);

        static native TemplateInstance session(LiveSession session, Course course, LiveSessionApiResource.SessionView view,
                                               String problem);
    }

    private final LiveSessionService sessions;
    private final CheckInService checkIns;
    private final CheckInCode codes;
    private final CourseCatalog catalog;
    private final CurrentUser user;
    private final LmsConfig config;

    public SessionPages(LiveSessionService sessions, CheckInService checkIns, CheckInCode codes, CourseCatalog catalog,
                        CurrentUser user, LmsConfig config) {
        this.sessions = sessions;
        this.checkIns = checkIns;
        this.codes = codes;
        this.catalog = catalog;
        this.user = user;
        this.config = config;
    }

    @GET
    @RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
    public TemplateInstance list(@QueryParam("courseId") String courseId) {
        return listPage(courseId, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
    public Response schedule(MultivaluedMap<String, String> form) {
        String courseId = form.getFirst("courseId");
        try {
            Course course = CourseCatalogs.require(catalog, courseId);
            LocalDate day = LocalDate.parse(form.getFirst("date"));
            LiveSessionService.Schedule schedule = new LiveSessionService.Schedule(form.getFirst("competencyId"),
                    form.getFirst("title"), instant(day, form.getFirst("start")), instant(day, form.getFirst("end")),
                    form.getFirst("format"), form.getFirst("location"), form.getFirst("videoLink"),
                    form.get("roster") == null ? List.of() : form.get("roster"));
            LiveSession session = sessions.schedule(course, schedule, user.actor());
            return Response.seeOther(URI.create("/sessions/" + session.id)).build();
        } catch (DateTimeParseException | NullPointerException e) {
            return Response.status(400).entity(listPage(courseId, "date, start, end: enter the day and the start and end times.")).build();
        } catch (UserFacingException e) {
            return Response.status(e.getResponse().getStatus()).entity(listPage(courseId, e.getMessage())).build();
        }
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.REVIEWER, Roles.ADMIN})
    public TemplateInstance show(@PathParam("id") long id) {
        return sessionPage(session(id), null);
    }

    @POST
    @Path("{id}/attendance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
    public Response attendance(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        LiveSession session = own(id);
        try {
            LocalDate day = session.startsAt.atZone(config.timeZone()).toLocalDate();
            sessions.record(session, form.getFirst("traineeSubject"), instant(day, form.getFirst("joined")),
                    instant(day, form.getFirst("left")), user.actor());
            return Response.seeOther(URI.create("/sessions/" + id)).build();
        } catch (DateTimeParseException | NullPointerException e) {
            return Response.status(400).entity(sessionPage(session, "joined, left: enter both times as hh:mm.")).build();
        } catch (UserFacingException e) {
            return Response.status(e.getResponse().getStatus()).entity(sessionPage(session, e.getMessage())).build();
        }
    }

    @POST
    @Path("{id}/closure")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
    public Response close(@PathParam("id") long id) {
        LiveSession session = own(id);
        try {
            sessions.close(session, user.actor());
            return Response.seeOther(URI.create("/sessions/" + id)).build();
        } catch (UserFacingException e) {
            return Response.status(e.getResponse().getStatus()).entity(sessionPage(session, e.getMessage())).build();
        }
    }

    @GET
    @Path("{id}/code")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
    public CheckInCode.Shown code(@PathParam("id") long id) {
        return codes.current(own(id).id, Instant.now());
    }

    @POST
    @Path("{id}/check-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.TRAINEE)
    public Response checkIn(@PathParam("id") long id, @org.jboss.resteasy.reactive.RestForm String code,
                            @org.jboss.resteasy.reactive.RestForm String direction) {
        checkIns.checkIn(session(id), user.subject(), direction, code, null);
        return Response.seeOther(URI.create("/trainee?checked=" + ("out".equals(direction) ? "out" : "in"))).build();
    }

    private TemplateInstance listPage(String courseId, String problem) {
        Course course = courseId == null || courseId.isBlank() ? null : CourseCatalogs.require(catalog, courseId);
        return Templates.sessions(catalog.all(), course, course == null ? List.of() : LiveSession.ofCourse(course.id()),
                course == null ? List.of() : Enrolment.inCourse(course.id()), problem);
    }

    private TemplateInstance sessionPage(LiveSession session, String problem) {
        return Templates.session(session, CourseCatalogs.require(catalog, session.courseId),
                new LiveSessionApiResource.SessionView(session, RosterEntry.of(session.id), Attendance.of(session.id),
                        AttendanceClosure.findById(session.id) != null), problem);
    }

    private Instant instant(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(config.timeZone()).toInstant();
    }

    private LiveSession own(long id) {
        LiveSession session = session(id);
        if (!user.has(Roles.ADMIN) && !session.instructorSubject.equals(user.subject())) {
            throw new UserFacingException(403, "Only the session's instructor or an admin can change its attendance.");
        }
        return session;
    }

    private static LiveSession session(long id) {
        return LiveSession.<LiveSession>findByIdOptional(id).orElseThrow(() ->
                new UserFacingException(404, "There is no live session " + id + "."));
    }
}

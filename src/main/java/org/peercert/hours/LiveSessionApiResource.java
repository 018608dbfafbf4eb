package org.peercert.hours;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercert.course.CourseCatalog;
import org.peercert.course.CourseCatalogs;
import org.peercert.people.Roles;
import org.peercert.web.CurrentUser;
import org.peercert.web.UserFacingException;

import java.time.Instant;
import java.util.List;

/** Live sessions over the API: instructors and admins schedule, take attendance and close it. */
@Path("/api/live-sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "hours")
public class LiveSessionApiResource {

    /** One stretch of a trainee's presence, as the instructor saw it. */
    public record Presence(String traineeSubject, Instant joinedAt, Instant leftAt) {
    }

    /** A trainee's check-in or check-out with the code shown in the room. */
    public record CheckInRequest(String code, String direction) {
    }

    /** A session with its roster and attendance so far. */
    public record SessionView(LiveSession session, List<RosterEntry> roster, List<Attendance> attendance, boolean closed) {
    }

    private final LiveSessionService sessions;
    private final CheckInService checkIns;
    private final CheckInCode codes;
    private final CourseCatalog catalog;
    private final CurrentUser user;

    public LiveSessionApiResource(LiveSessionService sessions, CheckInService checkIns, CheckInCode codes,
                                  CourseCatalog catalog, CurrentUser user) {
        this.sessions = sessions;
        this.checkIns = checkIns;
        this.codes = codes;
        this.catalog = catalog;
        this.user = user;
    }

    @POST
    @Path("{courseId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
    @Operation(summary = "Schedule a live session of a course, with its roster of enrolled trainees")
    public Response schedule(@PathParam("courseId") String courseId, LiveSessionService.Schedule schedule) {
        LiveSession session = sessions.schedule(CourseCatalogs.require(catalog, courseId), schedule, user.actor());
        return Response.status(201).entity(view(session)).build();
    }

    @GET
    @RolesAllowed({Roles.INSTRUCTOR, Roles.REVIEWER, Roles.ADMIN})
    @Operation(summary = "The live sessions of a course, soonest first")
    public List<LiveSession> ofCourse(@QueryParam("courseId") String courseId) {
        return LiveSession.ofCourse(CourseCatalogs.require(catalog, courseId).id());
    }

    @GET
    @Path("session/{id}")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.REVIEWER, Roles.ADMIN})
    @Operation(summary = "A session with its roster, attendance and whether it is closed")
    public SessionView get(@PathParam("id") long id) {
        return view(session(id));
    }

    @POST
    @Path("session/{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
    @Operation(summary = "Record a trainee's join and leave times")
    public Response attendance(@PathParam("id") long id, Presence presence) {
        LiveSession session = ownSession(id);
        if (presence == null) {
            throw new UserFacingException(400, "Send traineeSubject, joinedAt and leftAt.");
        }
        Attendance recorded = sessions.record(session, presence.traineeSubject(), presence.joinedAt(), presence.leftAt(), user.actor());
        return Response.status(201).entity(recorded).build();
    }

    @POST
    @Path("session/{id}/closure")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
    @Operation(summary = "Close attendance: each trainee's credit goes to the ledger, once")
    public List<HoursEntry> close(@PathParam("id") long id) {
        return sessions.close(ownSession(id), user.actor());
    }

    @GET
    @Path("session/{id}/code")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
    @Operation(summary = "The check-in code to show now, and when it changes (the session's instructor or an admin)")
    public CheckInCode.Shown code(@PathParam("id") long id) {
        return codes.current(ownSession(id).id, Instant.now());
    }

    @POST
    @Path("session/{id}/check-in")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TRAINEE)
    @Operation(summary = "Check in (direction in) or out (direction out) with the code shown in the room")
    public Response checkIn(@PathParam("id") long id, CheckInRequest body, @Context HttpServerRequest request) {
        if (body == null) {
            throw new UserFacingException(400, "Send the code and the direction (in or out).");
        }
        CheckIn accepted = checkIns.checkIn(session(id), user.subject(), body.direction(), body.code(),
                request.remoteAddress() == null ? null : request.remoteAddress().hostAddress());
        return Response.status(201).entity(accepted).build();
    }

    /** Instructors act on their own sessions; admins on any. */
    private LiveSession ownSession(long id) {
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

    private static SessionView view(LiveSession session) {
        return new SessionView(session, RosterEntry.of(session.id), Attendance.of(session.id),
                AttendanceClosure.findById(session.id) != null);
    }
}

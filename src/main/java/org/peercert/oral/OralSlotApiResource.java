package org.peercert.oral;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercert.course.Course;
import org.peercert.course.CourseCatalog;
import org.peercert.course.CourseCatalogs;
import org.peercert.people.Roles;
import org.peercert.web.CurrentUser;
import org.peercert.web.UserFacingException;

import java.time.Instant;
import java.util.List;

/** Oral-exam slots and rubrics over the API: instructors publish, trainees find open slots, admins see fill rates. */
@Path("/api/oral")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "oral exams")
public class OralSlotApiResource {

    /** A slot to publish; examiners are usernames of instructors (the publishing instructor when left out). */
    public record SlotRequest(String courseId, Instant startsAt, Integer minutes, String format, String location,
                              String videoLink, List<String> examiners) {
    }

    private final SlotService slots;
    private final OralSchedule schedule;
    private final OralViews views;
    private final BookingAccess access;
    private final ChangeRules rules;
    private final CourseCatalog catalog;
    private final CurrentUser user;

    public OralSlotApiResource(SlotService slots, OralSchedule schedule, OralViews views, BookingAccess access,
                               ChangeRules rules, CourseCatalog catalog, CurrentUser user) {
        this.slots = slots;
        this.schedule = schedule;
        this.views = views;
        this.access = access;
        this.rules = rules;
        this.catalog = catalog;
        this.user = user;
    }

    @POST
    @Path("slots")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
    @Operation(summary = "Publish a slot: course, start (on a five-minute mark), minutes, in-person with a location or "
            + "live-video with a link, and one or two examiners; 409 when an examiner is busy then")
    public Response publish(SlotRequest r) {
        if (r == null) {
            throw new UserFacingException(400, "Send courseId, startsAt, minutes, format, location or videoLink, and examiners.");
        }
        List<String> examiners = r.examiners() == null || r.examiners().isEmpty() ? defaultExaminers() : r.examiners();
        OralSlot slot = slots.publish(CourseCatalogs.require(catalog, r.courseId()), new SlotService.Publication(r.startsAt(),
                r.minutes(), r.format(), r.location(), r.videoLink(), examiners), user.actor());
        return Response.status(201).entity(views.staffSlot(slot)).build();
    }

    /** Why a slot is taken back: kept as evidence. */
    public record WithdrawalRequest(String reason) {
    }

    @POST
    @Path("slots/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
    @Operation(summary = "Withdraw a slot nobody holds, with a reason (its examiners, its publisher or an admin): 201; "
            + "the examiners' time is free again; 409 if booked or started")
    public Response withdraw(@PathParam("id") long id, WithdrawalRequest body) {
        OralSlotWithdrawal w = slots.withdraw(access.staffSlot(id), body == null ? null : body.reason(), user.actor(),
                user.has(Roles.ADMIN));
        return Response.status(201).entity(java.util.Map.of("slotId", w.slotId, "reason", w.reason,
                "withdrawnBy", w.withdrawnByName, "withdrawnAt", w.withdrawnAt.toString())).build();
    }

    @GET
    @Path("slots")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.REVIEWER, Roles.ADMIN})
    @Operation(summary = "Slots ending after from (default now), soonest first: an instructor's own (examining or "
            + "published), or every slot for reviewers and admins; with who holds each")
    public List<SlotView> list(@QueryParam("from") String from, @QueryParam("courseId") String courseId) {
        return schedule.slots(instant(from), courseId).stream().map(views::staffSlot).toList();
    }

    @GET
    @Path("slots/{id}")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.REVIEWER, Roles.ADMIN})
    @Operation(summary = "One slot with its panel and who holds it (its instructors, reviewers and admins)")
    public SlotView slot(@PathParam("id") long id) {
        return views.staffSlot(access.staffSlot(id));
    }

    @GET
    @Path("fill-rates")
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    @Operation(summary = "How full the slots ending after from (default 30 days ago) are, per course and in all")
    public FillRates fillRates(@QueryParam("from") String from) {
        return FillRates.of(schedule.everySlot(instant(from)).stream().map(views::staffSlot).toList());
    }

    /** {@code from} as an instant (2026-12-01T14:00:00Z); a bad value is a 400 that says how to write it, not a 404. */
    private static Instant instant(String from) {
        if (from == null || from.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(from.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.peercert.web.UserFacingException(400, "from: \"" + from + "\" is not an instant; write it as "
                    + "2026-12-01T14:00:00Z (UTC), or leave it out.");
        }
    }

    @GET
    @Path("courses/{courseId}/open-slots")
    @RolesAllowed(Roles.TRAINEE)
    @Operation(summary = "The caller's oral exam of a course: whether they may book (and why not), their booking, "
            + "the open slots and earlier bookings")
    public OralViews.TraineeCourse open(@PathParam("courseId") String courseId) {
        return views.trainee(oralCourse(courseId), user.subject());
    }

    @GET
    @Path("courses/{courseId}/rubric")
    @RolesAllowed({Roles.TRAINEE, Roles.INSTRUCTOR, Roles.REVIEWER, Roles.ADMIN})
    @Operation(summary = "A course's oral-exam rubric: settings, criteria with their levels, the pass rule "
            + "(and the examiners' guidance, for staff)")
    public RubricView rubric(@PathParam("courseId") String courseId) {
        Course course = oralCourse(courseId);
        return RubricView.of(course, course.oralExam().orElseThrow(), rules.window(course).toHours(),
                user.has(Roles.INSTRUCTOR) || user.has(Roles.REVIEWER) || user.has(Roles.ADMIN));
    }

    private Course oralCourse(String courseId) {
        Course course = CourseCatalogs.require(catalog, courseId);
        if (course.oralExam().isEmpty()) {
            throw new UserFacingException(404, course.title() + " has no oral exam.");
        }
        return course;
    }

    private List<String> defaultExaminers() {
        if (!user.has(Roles.INSTRUCTOR)) {
            throw new UserFacingException(400, "examiners: name one or two instructors by username.");
        }
        return List.of(user.username());
    }
}

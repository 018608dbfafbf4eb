package org.peercert.oral;

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
import org.peercert.people.Roles;
import org.peercert.web.CurrentUser;
import org.peercert.web.UserFacingException;

import java.util.List;

/**
 * Oral-exam bookings over the API: trainees book, cancel and reschedule (before the no-change
 * window), download the invitation and read their result; the exam's instructors change bookings
 * at any time with a reason, mark no-shows, score and reconcile.
 */
@Path("/api/oral/bookings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "oral exams")
public class OralBookingApiResource {

    /** Which slot to book. */
    public record BookRequest(Long slotId) {
    }

    /** Why a booking is changed: optional for the trainee, required for staff. */
    public record ChangeRequest(String reason) {
    }

    /** Where to move a booking, and why. */
    public record RescheduleRequest(Long slotId, String reason) {
    }

    private final BookingService bookings;
    private final ScoringService scoring;
    private final OralInvites invites;
    private final OralViews views;
    private final BookingAccess access;
    private final CurrentUser user;

    public OralBookingApiResource(BookingService bookings, ScoringService scoring, OralInvites invites, OralViews views,
                                  BookingAccess access, CurrentUser user) {
        this.bookings = bookings;
        this.scoring = scoring;
        this.invites = invites;
        this.views = views;
        this.access = access;
        this.user = user;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TRAINEE)
    @Operation(summary = "Book an open slot; 409 when it is taken, you hold a booking of the course, or you are not eligible")
    public Response book(BookRequest r) {
        if (r == null || r.slotId() == null) {
            throw new UserFacingException(400, "slotId: say which slot to book.");
        }
        return Response.status(201).entity(views.booking(bookings.book(r.slotId(), user.actor()))).build();
    }

    @GET
    @RolesAllowed(Roles.TRAINEE)
    @Operation(summary = "The caller's bookings in every course, newest first")
    public List<BookingView> mine() {
        return OralBooking.ofTrainee(user.subject()).stream().map(views::booking).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.TRAINEE, Roles.INSTRUCTOR, Roles.REVIEWER, Roles.ADMIN})
    @Operation(summary = "A booking, and its result once shown; 404 for another trainee's")
    public BookingView get(@PathParam("id") long id) {
        return views.booking(access.readable(id));
    }

    @GET
    @Path("{id}/invite.ics")
    @Produces({OralInvite.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.TRAINEE, Roles.INSTRUCTOR, Roles.REVIEWER, Roles.ADMIN})
    @Operation(summary = "The booking as an iCalendar file, to add to a calendar (a cancellation once cancelled)")
    public Response invite(@PathParam("id") long id) {
        return ics(invites.current(access.readable(id), access::mayRead));
    }

    @POST
    @Path("{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TRAINEE, Roles.INSTRUCTOR, Roles.ADMIN})
    @Operation(summary = "Cancel: the trainee before the no-change window, the exam's instructors or an admin (with a reason) "
            + "until the start")
    public Response cancel(@PathParam("id") long id, ChangeRequest r) {
        OralBooking booking = access.readable(id);
        bookings.cancel(booking, change(booking, r == null ? null : r.reason()));
        return Response.status(201).entity(views.booking(OralBooking.findById(id))).build();
    }

    @POST
    @Path("{id}/reschedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TRAINEE, Roles.INSTRUCTOR, Roles.ADMIN})
    @Operation(summary = "Move to another open slot of the course, under the same rules as cancelling; answers the new booking")
    public Response reschedule(@PathParam("id") long id, RescheduleRequest r) {
        if (r == null || r.slotId() == null) {
            throw new UserFacingException(400, "slotId: say which slot to move to.");
        }
        OralBooking booking = access.readable(id);
        OralBooking moved = bookings.reschedule(booking, r.slotId(), change(booking, r.reason()));
        return Response.status(201).entity(views.booking(moved)).build();
    }

    @POST
    @Path("{id}/no-show")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
    @Operation(summary = "Record that the trainee did not come (once the exam has started, before any score)")
    public Response noShow(@PathParam("id") long id, ChangeRequest r) {
        OralBooking booking = access.changeableByStaff(id);
        bookings.noShow(booking, new BookingService.Change(user.actor(), true, r == null ? null : r.reason()));
        return Response.status(201).entity(views.booking(OralBooking.findById(id))).build();
    }

    @POST
    @Path("{id}/scores")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSTRUCTOR)
    @Operation(summary = "Submit your rubric score (points per criterion id, feedback); final once submitted. A correction "
            + "names correctsScore and gives a reason")
    public Response score(@PathParam("id") long id, ScoringService.Submission s) {
        if (s == null) {
            throw new UserFacingException(400, "Send points (criterion id to points) and feedback.");
        }
        access.readable(id);
        scoring.submit(id, s, user.actor());
        return Response.status(201).entity(views.booking(OralBooking.findById(id))).build();
    }

    @POST
    @Path("{id}/reconciliation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
    @Operation(summary = "Decide pass or fail, with a reason, when the two examiners disagree")
    public Response reconcile(@PathParam("id") long id, ScoringService.Decision d) {
        access.changeableByStaff(id);
        scoring.reconcile(id, d, user.actor());
        return Response.status(201).entity(views.booking(OralBooking.findById(id))).build();
    }

    /** The trainee changes their own booking; anyone else here acts as staff (and must be staff for it). */
    private BookingService.Change change(OralBooking booking, String reason) {
        boolean own = booking.traineeSubject.equals(user.subject()) && user.has(Roles.TRAINEE);
        if (!own) {
            access.changeableByStaff(booking.id);
        }
        return new BookingService.Change(user.actor(), !own, reason);
    }

    static Response ics(String ics) {
        return Response.ok(ics, OralInvite.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"oral-exam.ics\"").build();
    }
}

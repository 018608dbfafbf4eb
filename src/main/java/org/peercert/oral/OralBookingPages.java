package org.peercert.oral;

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
import org.peercert.people.Roles;

import org.peercert.web.CurrentUser;
import org.peercert.web.UserFacingException;

import java.net.URI;
import java.util.function.Supplier;

/**
 * One booking's page and its forms: the trainee reads it (and the result once settled), adds it to
 * a calendar, cancels or moves it; the exam's instructors score it with the rubric, correct a
 * score, mark a no-show, reconcile, or change the booking with a reason.
 */
@Path("/oral/bookings/{id}")
@Produces(MediaType.TEXT_HTML)
public class OralBookingPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance booking(OralBookingPage page, String notice, String problem, ScoreForm.Entered entered);
    }

    private final BookingService bookings;
    private final ScoringService scoring;
    private final OralInvites invites;
    private final OralBookingPage.Builder pages;
    private final OralTraineePages traineePages;
    private final BookingAccess access;
    private final CurrentUser user;
    private final OralMessages msg;

    public OralBookingPages(BookingService bookings, ScoringService scoring, OralInvites invites, OralBookingPage.Builder pages,
                            OralTraineePages traineePages, BookingAccess access, CurrentUser user, OralMessages msg) {
        this.bookings = bookings;
        this.scoring = scoring;
        this.invites = invites;
        this.pages = pages;
        this.traineePages = traineePages;
        this.access = access;
        this.user = user;
        this.msg = msg;
    }

    @GET
    @RolesAllowed({Roles.TRAINEE, Roles.INSTRUCTOR, Roles.REVIEWER, Roles.ADMIN})
    public TemplateInstance show(@PathParam("id") long id, @QueryParam("done") String done) {
        return Templates.booking(pages.of(access.readable(id)), done == null ? null : msg.done(done), null, ScoreForm.Entered.NONE);
    }

    @GET
    @Path("invite.ics")
    @Produces(OralInvite.MEDIA_TYPE)
    @RolesAllowed({Roles.TRAINEE, Roles.INSTRUCTOR, Roles.REVIEWER, Roles.ADMIN})
    public Response invite(@PathParam("id") long id) {
        return OralBookingApiResource.ics(invites.current(access.readable(id), access::mayRead));
    }

    @POST
    @Path("cancellation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.TRAINEE, Roles.INSTRUCTOR, Roles.ADMIN})
    public Response cancel(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return act(id, () -> {
            OralBooking booking = access.readable(id);
            BookingService.Change change = change(booking, form.getFirst("reason"));
            bookings.cancel(booking, change);
            return change.asStaff() ? "/oral/bookings/" + id + "?done=cancelled" : "/oral?done=cancelled";
        });
    }

    @POST
    @Path("reschedule")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.TRAINEE, Roles.INSTRUCTOR, Roles.ADMIN})
    public Response reschedule(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return act(id, () -> {
            OralBooking booking = access.readable(id);
            BookingService.Change change = change(booking, form.getFirst("reason"));
            OralBooking moved = bookings.reschedule(booking, number(form.getFirst("slotId"), "slotId: choose the new time."), change);
            return change.asStaff() ? "/oral/bookings/" + moved.id + "?done=rescheduled" : "/oral?done=rescheduled";
        });
    }

    @POST
    @Path("no-show")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
    public Response noShow(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return act(id, () -> {
            bookings.noShow(access.changeableByStaff(id), new BookingService.Change(user.actor(), true, form.getFirst("reason")));
            return "/oral/bookings/" + id + "?done=no-show";
        });
    }

    @POST
    @Path("scores")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.INSTRUCTOR)
    public Response score(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        access.readable(id);
        try {
            scoring.submit(id, ScoreForm.read(form), user.actor());
            return Response.seeOther(URI.create("/oral/bookings/" + id + "?done=scored")).build();
        } catch (UserFacingException e) {
            if (e.getResponse().getStatus() == 404) {
                throw e;
            }
            // The refused score comes back with the examiner's points and feedback in place.
            return Response.status(e.getResponse().getStatus()).entity(Templates.booking(pages.of(access.readable(id)), null,
                    e.getMessage(), ScoreForm.entered(form))).build();
        }
    }

    @POST
    @Path("reconciliation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
    public Response reconcile(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return act(id, () -> {
            access.changeableByStaff(id);
            String passed = form.getFirst("passed");
            scoring.reconcile(id, new ScoringService.Decision(passed == null ? null : "pass".equals(passed), form.getFirst("reason")),
                    user.actor());
            return "/oral/bookings/" + id + "?done=reconciled";
        });
    }

    /** Runs a change and goes on to the page it names, or shows the refusal where the person acted. */
    private Response act(long id, Supplier<String> change) {
        try {
            return Response.seeOther(URI.create(change.get())).build();
        } catch (UserFacingException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                throw e;
            }
            OralBooking booking = access.readable(id);
            boolean own = booking.traineeSubject.equals(user.subject()) && user.has(Roles.TRAINEE);
            TemplateInstance page = own ? traineePages.page(null, e.getMessage()) : Templates.booking(pages.of(booking), null, e.getMessage(),
                    ScoreForm.Entered.NONE);
            return Response.status(status).entity(page).build();
        }
    }

    private BookingService.Change change(OralBooking booking, String reason) {
        boolean own = booking.traineeSubject.equals(user.subject()) && user.has(Roles.TRAINEE);
        if (!own) {
            access.changeableByStaff(booking.id);
        }
        return new BookingService.Change(user.actor(), !own, reason);
    }

    static long number(String text, String problem) {
        try {
            return Long.parseLong(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            throw new UserFacingException(400, problem);
        }
    }
}

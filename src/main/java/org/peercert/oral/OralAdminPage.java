package org.peercert.oral;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.peercert.people.Roles;

import java.util.List;

/** Every oral-exam slot of the last 30 days and ahead, with how full they are per course: for admins and reviewers. */
@Path("/admin/oral")
@Produces(MediaType.TEXT_HTML)
public class OralAdminPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance slots(FillRates rates, List<SlotView> slots);
    }

    private final OralSchedule schedule;
    private final OralViews views;

    public OralAdminPage(OralSchedule schedule, OralViews views) {
        this.schedule = schedule;
        this.views = views;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
    public TemplateInstance show() {
        List<SlotView> slots = schedule.everySlot(null).stream().map(views::staffSlot).toList();
        return Templates.slots(FillRates.of(slots), slots);
    }
}

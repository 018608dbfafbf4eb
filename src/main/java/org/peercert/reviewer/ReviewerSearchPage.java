package org.peercert.reviewer;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.peercert.people.Roles;
import org.peercert.web.UserFacingException;

import java.util.List;

/** The reviewer's search page: the form, then matching certificates and trainees; a bad field is shown on the page (400). */
@Path("/reviewer/search")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
public class ReviewerSearchPage {

    /** The form's values as typed, to show them again. */
    public record Form(String name, String number, String course, String status, String from, String to) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(Form form, boolean searched, List<ReviewerSearch.CertificateHit> certificates,
                                              List<ReviewerSearch.TraineeHit> trainees, String problem,
                                              List<org.peercert.course.Course> courses);
    }

    private final ReviewerSearch search;
    private final org.peercert.course.CourseCatalog catalog;

    public ReviewerSearchPage(ReviewerSearch search, org.peercert.course.CourseCatalog catalog) {
        this.search = search;
        this.catalog = catalog;
    }

    @GET
    public Response show(@QueryParam("name") String name, @QueryParam("number") String number,
                         @QueryParam("course") String course, @QueryParam("status") String status,
                         @QueryParam("from") String from, @QueryParam("to") String to) {
        Form form = new Form(name, number, course, status, from, to);
        try {
            SearchQuery query = new SearchQuery(name, number, course, status, from, to);
            if (query.isEmpty()) {
                return Response.ok(Templates.search(form, false, List.of(), List.of(), null, catalog.all())).build();
            }
            return Response.ok(Templates.search(form, true, search.certificates(query), search.trainees(query), null, catalog.all())).build();
        } catch (UserFacingException e) {
            return Response.status(e.getResponse().getStatus())
                    .entity(Templates.search(form, false, List.of(), List.of(), e.getMessage(), catalog.all())).build();
        }
    }
}

package org.peercert.reviewer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercert.people.Roles;

import java.util.List;

/** The state reviewer's certificate search over the API, read-only. */
@Path("/api/reviewer/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reviewer")
@RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
public class CertificateSearchApiResource {

    private final ReviewerSearch search;

    public CertificateSearchApiResource(ReviewerSearch search) {
        this.search = search;
    }

    @GET
    @Operation(summary = "Certificates by part of a name, number, course id, status (valid, expired, revoked) and issue dates (YYYY-MM-DD); 400 names a bad field")
    public List<ReviewerSearch.CertificateHit> certificates(@QueryParam("name") String name, @QueryParam("number") String number,
                                                             @QueryParam("course") String course, @QueryParam("status") String status,
                                                             @QueryParam("from") String from, @QueryParam("to") String to) {
        return search.certificates(new SearchQuery(name, number, course, status, from, to));
    }
}

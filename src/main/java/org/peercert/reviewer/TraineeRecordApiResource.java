package org.peercert.reviewer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercert.people.Roles;
import org.peercert.web.CurrentUser;

import java.util.List;

/**
 * The state reviewer's trainees over the API, read-only: search, a trainee's record and the
 * evidence packet. (A background packet is {@link PacketJobApiResource}; certificates are
 * {@link CertificateSearchApiResource}; exports {@link ExportsApiResource}.)
 */
@Path("/api/reviewer/trainees")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reviewer")
@RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
public class TraineeRecordApiResource {

    private final ReviewerSearch search;
    private final TraineeRecords records;
    private final Packets packets;
    private final CurrentUser user;

    public TraineeRecordApiResource(ReviewerSearch search, TraineeRecords records, Packets packets, CurrentUser user) {
        this.search = search;
        this.records = records;
        this.packets = packets;
        this.user = user;
    }

    @GET
    @Operation(summary = "Trainees by the same fields: a number, status or date finds the holders of matching certificates")
    public List<ReviewerSearch.TraineeHit> trainees(@QueryParam("name") String name, @QueryParam("number") String number,
                                                     @QueryParam("course") String course, @QueryParam("status") String status,
                                                     @QueryParam("from") String from, @QueryParam("to") String to) {
        return search.trainees(new SearchQuery(name, number, course, status, from, to));
    }

    @GET
    @Path("{subject}")
    @Operation(summary = "A trainee's whole record: enrolments, ledger with evidence, attendance, activity spans, attempts, oral scores, certificates; 404 unknown")
    public TraineeRecord record(@PathParam("subject") String subject) {
        return records.of(subject);
    }

    @GET
    @Path("{subject}/packet")
    @Produces("application/zip")
    @Operation(summary = "The evidence packet as a ZIP (check with sha256sum -c SHA256SUMS); 409 when it is large enough to be built in the background")
    public Response packet(@PathParam("subject") String subject) {
        return PacketFiles.zip(packets.download(subject, user.actor()), subject);
    }

}

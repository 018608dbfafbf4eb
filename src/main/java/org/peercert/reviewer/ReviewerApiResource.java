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
 * The state reviewer's workspace over the API, read-only: search, a trainee's record, the
 * evidence packet and the exports. (Starting a background packet is {@link PacketJobApiResource}.)
 */
@Path("/api/reviewer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reviewer")
@RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
public class ReviewerApiResource {

    private final ReviewerSearch search;
    private final TraineeRecords records;
    private final Packets packets;
    private final Exports exports;
    private final CurrentUser user;

    public ReviewerApiResource(ReviewerSearch search, TraineeRecords records, Packets packets, Exports exports,
                               CurrentUser user) {
        this.search = search;
        this.records = records;
        this.packets = packets;
        this.exports = exports;
        this.user = user;
    }

    @GET
    @Path("certificates")
    @Operation(summary = "Certificates by part of a name, number, course id, status (valid, expired, revoked) and issue dates (YYYY-MM-DD); 400 names a bad field")
    public List<ReviewerSearch.CertificateHit> certificates(@QueryParam("name") String name, @QueryParam("number") String number,
                                                             @QueryParam("course") String course, @QueryParam("status") String status,
                                                             @QueryParam("from") String from, @QueryParam("to") String to) {
        return search.certificates(new SearchQuery(name, number, course, status, from, to));
    }

    @GET
    @Path("trainees")
    @Operation(summary = "Trainees by the same fields: a number, status or date finds the holders of matching certificates")
    public List<ReviewerSearch.TraineeHit> trainees(@QueryParam("name") String name, @QueryParam("number") String number,
                                                     @QueryParam("course") String course, @QueryParam("status") String status,
                                                     @QueryParam("from") String from, @QueryParam("to") String to) {
        return search.trainees(new SearchQuery(name, number, course, status, from, to));
    }

    @GET
    @Path("trainees/{subject}")
    @Operation(summary = "A trainee's whole record: enrolments, ledger with evidence, attendance, activity spans, attempts, oral scores, certificates; 404 unknown")
    public TraineeRecord record(@PathParam("subject") String subject) {
        return records.of(subject);
    }

    @GET
    @Path("trainees/{subject}/packet")
    @Produces("application/zip")
    @Operation(summary = "The evidence packet as a ZIP (check with sha256sum -c SHA256SUMS); 409 when it is large enough to be built in the background")
    public Response packet(@PathParam("subject") String subject) {
        return PacketFiles.zip(packets.download(subject, user.actor()), subject);
    }

    @GET
    @Path("exports/tris")
    @Produces("text/csv")
    @Operation(summary = "CSV of the certificates issued from one day to another (YYYY-MM-DD, both included) with the TRIS upload fields")
    public Response tris(@QueryParam("from") String from, @QueryParam("to") String to) {
        Period period = Period.of(from, to);
        return PacketFiles.csv(exports.tris(period), "tris-certificates-" + period + ".csv");
    }

    @GET
    @Path("exports/rosters")
    @Produces("text/csv")
    @Operation(summary = "CSV of the live sessions that started in a period: rosters with join and leave times")
    public Response rosters(@QueryParam("from") String from, @QueryParam("to") String to) {
        Period period = Period.of(from, to);
        return PacketFiles.csv(exports.rosters(period), "live-session-rosters-" + period + ".csv");
    }
}

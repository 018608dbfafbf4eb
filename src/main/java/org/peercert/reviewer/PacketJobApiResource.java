package org.peercert.reviewer;

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
import org.peercert.certificate.CertificateJob;
import org.peercert.certificate.CertificateJobs;
import org.peercert.certificate.JobZipDownload;
import org.peercert.people.Roles;
import org.peercert.web.CurrentUser;
import org.peercert.web.UserFacingException;

/**
 * Large evidence packets over the API: the one thing a reviewer starts (it changes no record; it
 * is audited), then follows and downloads. A job is its requester's; admins see every one.
 */
@Path("/api/reviewer/packet-jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reviewer")
@RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
public class PacketJobApiResource {

    private final Packets packets;
    private final JobZipDownload zips;
    private final CurrentUser user;

    public PacketJobApiResource(Packets packets, JobZipDownload zips, CurrentUser user) {
        this.packets = packets;
        this.zips = zips;
        this.user = user;
    }

    /** Whose packet to build. */
    public record Start(String traineeSubject) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Build a trainee's evidence packet in the background: 202 with the job's progress; 400 no traineeSubject; 404 unknown trainee")
    public Response start(Start body) {
        if (body == null || body.traineeSubject() == null || body.traineeSubject().isBlank()) {
            throw new UserFacingException(400, "traineeSubject: say whose packet to build, as JSON.");
        }
        CertificateJob job = packets.start(body.traineeSubject().trim(), user.actor());
        return Response.status(202).entity(packets.progress(job)).header("Location", "/api/reviewer/packet-jobs/" + job.id).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A packet job's progress, counted from its stored outcomes; 404 another reviewer's")
    public CertificateJobs.Progress progress(@PathParam("id") long id) {
        return packets.progress(job(id));
    }

    @GET
    @Path("{id}/zip")
    @Produces("application/zip")
    @Operation(summary = "A finished packet job's ZIP; 409 while it is built")
    public Response zip(@PathParam("id") long id) {
        CertificateJob job = job(id);
        Response answer = zips.of(job, "evidence-packet-job-" + job.id + ".zip");
        packets.downloaded(job);
        return answer;
    }

    private CertificateJob job(long id) {
        return packets.job(id, user.actor(), user.has(Roles.ADMIN));
    }
}

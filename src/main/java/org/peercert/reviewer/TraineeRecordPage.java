package org.peercert.reviewer;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.peercert.certificate.CertificateJob;
import org.peercert.people.Roles;
import org.peercert.web.CurrentUser;

import java.net.URI;

/**
 * A trainee's record for the reviewer, read-only, with the evidence packet: downloaded at once,
 * or (when large) built in the background from the one form here, which carries the CSRF token.
 */
@Path("/reviewer/trainees")
@RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
public class TraineeRecordPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance record(TraineeRecord record, boolean large, String check, String checkWithJq,
                                              String checkSignature);
    }

    private final TraineeRecords records;
    private final Packets packets;
    private final CurrentUser user;

    public TraineeRecordPage(TraineeRecords records, Packets packets, CurrentUser user) {
        this.records = records;
        this.packets = packets;
        this.user = user;
    }

    @GET
    @Path("{subject}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("subject") String subject) {
        TraineeRecord record = records.of(subject);
        return Templates.record(record, packets.large(record), EvidencePackets.CHECK, EvidencePackets.CHECK_WITH_JQ,
                EvidencePackets.CHECK_SIGNATURE);
    }

    @GET
    @Path("{subject}/packet.zip")
    @Produces("application/zip")
    public Response packet(@PathParam("subject") String subject) {
        return PacketFiles.zip(packets.download(subject, user.actor()), subject);
    }

    @POST
    @Path("{subject}/packet-jobs")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response startPacket(@PathParam("subject") String subject) {
        CertificateJob job = packets.start(subject, user.actor());
        return Response.seeOther(URI.create("/reviewer/packet-jobs/" + job.id)).build();
    }
}

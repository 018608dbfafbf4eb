package org.peercert.reviewer;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.peercert.certificate.CertificateJob;
import org.peercert.certificate.CertificateJobs;
import org.peercert.certificate.JobZipDownload;
import org.peercert.people.Roles;
import org.peercert.web.CurrentUser;

/** A background evidence packet's page: stored progress, updated by the page's script, then the download. */
@Path("/reviewer/packet-jobs")
@RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
public class PacketJobPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance job(CertificateJob job, String traineeSubject, CertificateJobs.Progress progress);
    }

    private final Packets packets;
    private final JobZipDownload zips;
    private final CurrentUser user;

    public PacketJobPage(Packets packets, JobZipDownload zips, CurrentUser user) {
        this.packets = packets;
        this.zips = zips;
        this.user = user;
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("id") long id) {
        CertificateJob job = job(id);
        return Templates.job(job, packets.traineeOf(job), packets.progress(job));
    }

    @GET
    @Path("{id}/progress")
    @Produces(MediaType.APPLICATION_JSON)
    public CertificateJobs.Progress progress(@PathParam("id") long id) {
        return packets.progress(job(id));
    }

    @GET
    @Path("{id}/zip")
    @Produces("application/zip")
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

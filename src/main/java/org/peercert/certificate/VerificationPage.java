package org.peercert.certificate;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.peercert.web.UserFacingException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;

/**
 * The public verification pages, for employers and reviewers, usually reached from the QR code on
 * a phone: enter a number, read its status and facts, and check a PDF copy. No login.
 */
@Path("/verify")
@Produces(MediaType.TEXT_HTML)
public class VerificationPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(String number, String problem);

        static native TemplateInstance verification(Verification certificate, String number,
                                                    VerificationService.UploadCheck check, String problem);
    }

    private final VerificationService verification;
    private final VerificationRateLimit rateLimit;

    public VerificationPage(VerificationService verification, VerificationRateLimit rateLimit) {
        this.verification = verification;
        this.rateLimit = rateLimit;
    }

    @GET
    @PermitAll
    public Response search(@QueryParam("number") String number) {
        if (number == null || number.isBlank()) {
            return Response.ok(Templates.search("", null)).build();
        }
        try {
            return Response.seeOther(URI.create("/verify/" + CertificateNumber.parse(number).compact())).build();
        } catch (CertificateNumber.InvalidNumberException e) {
            return Response.status(400).entity(Templates.search(number, e.getMessage())).build();
        }
    }

    @GET
    @Path("{number}")
    @PermitAll
    public Response show(@PathParam("number") String number, HttpServerRequest request) {
        rateLimit.take(request.remoteAddress().hostAddress());
        try {
            return Response.ok(page(number, null, null)).build();
        } catch (UserFacingException e) {
            return Response.status(e.getResponse().getStatus()).entity(Templates.search(number, e.getMessage())).build();
        }
    }

    @POST
    @Path("{number}/document")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @PermitAll
    public Response check(@PathParam("number") String number, @RestForm("file") FileUpload file, HttpServerRequest request) {
        rateLimit.take(request.remoteAddress().hostAddress());
        Verification certificate;
        try {
            certificate = verification.verify(number);
        } catch (UserFacingException e) {
            return Response.status(e.getResponse().getStatus()).entity(Templates.search(number, e.getMessage())).build();
        }
        if (file == null || file.size() == 0) {
            return Response.status(400).entity(page(number, null, "file: choose the PDF file to check.")).build();
        }
        try {
            VerificationService.UploadCheck check = verification.check(number, Files.newInputStream(file.uploadedFile()),
                    file.contentType());
            return Response.ok(page(number, check, null)).build();
        } catch (UserFacingException e) {
            return Response.status(e.getResponse().getStatus())
                    .entity(Templates.verification(certificate, CertificateNumber.parse(number).compact(), null, e.getMessage())).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TemplateInstance page(String number, VerificationService.UploadCheck check, String problem) {
        Verification certificate = verification.verify(number);
        return Templates.verification(certificate, CertificateNumber.parse(number).compact(), check, problem);
    }
}

package org.peercert.certificate;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;

/**
 * Public verification over the API, without login (and so without Keycloak): a number's status
 * and facts, and whether a PDF is the issued one. Rate-limited per client address (429).
 */
@Path("/api/verify/{number}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "verification")
public class VerificationApiResource {

    private final VerificationService verification;
    private final VerificationRateLimit rateLimit;

    public VerificationApiResource(VerificationService verification, VerificationRateLimit rateLimit) {
        this.verification = verification;
        this.rateLimit = rateLimit;
    }

    @GET
    @PermitAll
    @Operation(summary = "VALID, EXPIRED or REVOKED, with what the certificate states; 400 mistyped, 404 unknown")
    public Verification verify(@PathParam("number") String number, HttpServerRequest request) {
        rateLimit.take(request.remoteAddress().hostAddress());
        return verification.verify(number);
    }

    /**
     * The PDF is the request body (Content-Type: application/pdf), so API clients need no form
     * or CSRF token; the page takes the same check as a multipart form.
     */
    @POST
    @Path("document")
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @PermitAll
    @Operation(summary = "Whether a PDF is byte-for-byte the issued certificate (by SHA-256); the file is not kept")
    public VerificationService.UploadCheck check(@PathParam("number") String number, InputStream pdf,
                                                 @HeaderParam("Content-Type") String contentType, HttpServerRequest request) {
        rateLimit.take(request.remoteAddress().hostAddress());
        return verification.check(number, pdf, contentType);
    }
}

package org.peercert.certificate;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The provider's signing certificate, public: what a reviewer checks an evidence packet's
 * signature against (and the one that signs certificate PDFs), fetched from the provider rather
 * than trusted from inside the packet.
 */
@Path("/api/provider/signing-certificate")
@Tag(name = "verification")
public class SigningCertificateResource {

    private final ProviderSignature provider;

    public SigningCertificateResource(ProviderSignature provider) {
        this.provider = provider;
    }

    @GET
    @PermitAll
    @Produces("application/x-pem-file")
    @Operation(summary = "The provider's signing certificate (PEM), for checking evidence packets with openssl cms -verify")
    public String pem() {
        return DetachedSignature.pem(provider.key().certificate());
    }
}

package org.peercert.certificate;

import jakarta.ws.rs.core.Response;

/** The stored files as downloads, for pages and the API alike. */
final class CertificateDownloads {

    /** The media type of a VC secured as a JWT (VC-JOSE-COSE). */
    static final String VC_JWT = "application/vc+jwt";

    private CertificateDownloads() {
    }

    static Response pdf(CertificateAccess access, Certificate certificate) {
        return Response.ok(access.document(certificate).pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"certificate-" + certificate.formattedNumber() + ".pdf\"")
                .header("Cache-Control", "private, no-store").build();
    }

    static Response credential(CertificateAccess access, Certificate certificate) {
        return Response.ok(access.document(certificate).credentialJwt, VC_JWT)
                .header("Content-Disposition", "attachment; filename=\"credential-" + certificate.formattedNumber() + ".jwt\"")
                .header("Cache-Control", "private, no-store").build();
    }
}

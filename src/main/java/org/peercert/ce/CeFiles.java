package org.peercert.ce;

import jakarta.ws.rs.core.Response;

/**
 * Serves an uploaded certificate back: always as an attachment, with the type its first bytes
 * proved, and in a sandbox (the security headers forbid sniffing), so a browser never runs it as a page.
 */
final class CeFiles {

    private CeFiles() {
    }

    static Response download(OutsideCeClaim claim) {
        return Response.ok(claim.fileBytes, claim.contentType)
                .header("Content-Disposition", "attachment; filename=\"" + claim.fileName + "\"")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}

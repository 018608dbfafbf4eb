package org.peercert.reviewer;

import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;

/** How the workspace's files are answered: as attachments with a plain ASCII file name. */
final class PacketFiles {

    private PacketFiles() {
    }

    static Response zip(byte[] bytes, String subject) {
        return Response.ok(bytes, "application/zip").header("Content-Disposition",
                "attachment; filename=\"evidence-packet-" + subject.replaceAll("[^A-Za-z0-9-]", "") + ".zip\"").build();
    }

    static Response csv(String text, String fileName) {
        return Response.ok(text.getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}

package org.peercert.ce;

import org.peercert.web.UserFacingException;

import java.util.Arrays;

/**
 * An uploaded certificate file, checked by what it is rather than by what the browser says it
 * is: a PDF, PNG or JPEG by its first bytes, and no larger than the configured limit. Anything
 * else is refused, so a stored file can never be served back as HTML or script.
 */
public record CertificateFile(String fileName, String contentType, byte[] bytes) {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    public static CertificateFile checked(String fileName, byte[] bytes, int maxBytes) {
        if (bytes == null || bytes.length == 0) {
            throw new UserFacingException(400, "certificate: attach the certificate you received, as a PDF, PNG or JPEG file.");
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(bytes.length, maxBytes);
        }
        String type = startsWith(bytes, PDF) ? "application/pdf" : startsWith(bytes, PNG) ? "image/png"
                : startsWith(bytes, JPEG) ? "image/jpeg" : null;
        if (type == null) {
            throw new UserFacingException(415, "certificate: this file is not a PDF, PNG or JPEG; save the certificate in one of those formats.");
        }
        return new CertificateFile(safeName(fileName, type), type, bytes);
    }

    static UserFacingException tooLarge(long size, int maxBytes) {
        return new UserFacingException(413, "certificate: the file is " + size / 1024 + " KB; the largest accepted is "
                + maxBytes / 1024 + " KB. Scan it at a lower resolution or save it as a PDF.");
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(Arrays.copyOf(bytes, magic.length), magic);
    }

    /** Only the base name, in plain characters: the name is shown to admins and sent in a header. */
    private static String safeName(String name, String type) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("[^A-Za-z0-9._ -]", "_").trim();
        String extension = switch (type) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            default -> ".jpg";
        };
        if (base.isEmpty()) {
            base = "certificate" + extension;
        }
        return base.length() > 200 ? base.substring(0, 200) : base;
    }
}

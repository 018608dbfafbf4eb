package org.peercert.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.peercert.config.LmsConfig;
import org.peercert.web.UserFacingException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Public verification by number: the status and what the certificate states, and whether an
 * uploaded PDF is byte-for-byte the one issued (by its SHA-256). A mistyped number is refused by
 * its check character before any lookup.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class VerificationService {

    /** The answer to an upload: authentic or not, and what the certificate under that number says. */
    public record UploadCheck(boolean authentic, String sha256, String message, Verification certificate) {
    }

    private final LocalDates dates;
    private final LmsConfig config;

    public VerificationService(LocalDates dates, LmsConfig config) {
        this.dates = dates;
        this.config = config;
    }

    public Verification verify(String typedNumber) {
        Object[] found = Certificate.withRevocation(number(typedNumber)).orElseThrow(() -> unknown(typedNumber));
        return verify((Certificate) found[0], (CertificateRevocation) found[1]);
    }

    Verification verify(Certificate certificate) {
        return verify(certificate, CertificateRevocation.of(certificate.id).orElse(null));
    }

    private Verification verify(Certificate certificate, CertificateRevocation revocation) {
        return Verification.of(certificate, revocation, CertificateStatus.of(certificate, revocation, dates.today()),
                revocation == null ? null : dates.dateOf(revocation.revokedAt));
    }

    /**
     * Compares an uploaded file with the issued one. The file is read into memory up to the size
     * limit, hashed and dropped: never stored, never served back.
     */
    public UploadCheck check(String typedNumber, InputStream upload, String contentType) {
        Certificate certificate = certificate(typedNumber);
        int limit = config.certificates().verification().maxUploadBytes();
        byte[] bytes;
        try (upload) {
            bytes = upload.readNBytes(limit + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > limit) {
            throw new UserFacingException(413, "file: the file is larger than " + limit / 1024 + " KB; a certificate "
                    + "is far smaller, so this is not one.");
        }
        if (!looksLikePdf(bytes, contentType)) {
            throw new UserFacingException(415, "file: choose the certificate's PDF file; this file is not a PDF.");
        }
        String sha256 = Sha256.hex(bytes);
        boolean authentic = sha256.equals(certificate.sha256);
        String number = certificate.formattedNumber();
        Verification standing = verify(certificate);
        String message = authentic
                ? "Authentic: this file is, byte for byte, the certificate PeerCert issued under number " + number + "."
                + (standing.status() == CertificateStatus.VALID ? "" : " But the certificate is no longer valid: "
                + standing.statusText())
                : "Not authentic: this file is not the certificate issued under number " + number + ". It differs "
                + "from the issued file, even if it looks the same. Rely on the details shown here, or ask the holder "
                + "for the original file.";
        return new UploadCheck(authentic, sha256, message, standing);
    }

    private static Certificate certificate(String typedNumber) {
        return Certificate.byNumber(number(typedNumber)).orElseThrow(() -> unknown(typedNumber));
    }

    /** The typed number, or 400 saying what is wrong with it: no lookup for a number that cannot exist. */
    private static CertificateNumber number(String typedNumber) {
        try {
            return CertificateNumber.parse(typedNumber);
        } catch (CertificateNumber.InvalidNumberException e) {
            throw new UserFacingException(400, e.getMessage());
        }
    }

    private static UserFacingException unknown(String typedNumber) {
        return new UserFacingException(404, "No certificate has the number " + number(typedNumber).formatted()
                + ". Check it against the certificate; if it matches, the certificate was not issued by this provider.");
    }

    /** A PDF starts with %PDF- within its first 1024 bytes; the declared type must not say otherwise. */
    private static boolean looksLikePdf(byte[] bytes, String contentType) {
        if (contentType != null && !contentType.startsWith("application/pdf")
                && !contentType.startsWith("application/octet-stream") && !contentType.startsWith("application/x-pdf")) {
            return false;
        }
        return new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1).contains("%PDF-");
    }
}

package org.peercert.hours;

import jakarta.enterprise.context.ApplicationScoped;
import org.peercert.config.LmsConfig;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;

/**
 * The rotating check-in code of a live session: six digits from an HMAC of the session and the
 * current period, like a one-time password. Derived, not stored, so every node agrees on it.
 */
@ApplicationScoped
public class CheckInCode {

    private final byte[] secret;
    private final long periodSeconds;

    public CheckInCode(LmsConfig config) {
        if (config.checkIn().secret() == null || config.checkIn().secret().isBlank()) {
            throw new IllegalStateException("Set LMS_CHECK_IN_SECRET: live-session check-in codes are derived from it");
        }
        this.secret = config.checkIn().secret().getBytes(StandardCharsets.UTF_8);
        this.periodSeconds = config.checkIn().period().toSeconds();
    }

    /** The code to show now, and when it changes. */
    public Shown current(long sessionId, Instant now) {
        long period = now.getEpochSecond() / periodSeconds;
        return new Shown(code(sessionId, period), Instant.ofEpochSecond((period + 1) * periodSeconds));
    }

    /** The code shown now or in the period just before (typing takes a moment). */
    public boolean accepts(long sessionId, String typed, Instant now) {
        if (typed == null) {
            return false;
        }
        long period = now.getEpochSecond() / periodSeconds;
        byte[] given = typed.trim().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, code(sessionId, period).getBytes(StandardCharsets.UTF_8))
                | MessageDigest.isEqual(given, code(sessionId, period - 1).getBytes(StandardCharsets.UTF_8));
    }

    /** A code and the moment it is replaced. */
    public record Shown(String code, Instant changesAt) {
    }

    private String code(long sessionId, long period) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] h = mac.doFinal((sessionId + ":" + period).getBytes(StandardCharsets.UTF_8));
            int offset = h[h.length - 1] & 0x0f;
            int binary = ((h[offset] & 0x7f) << 24) | ((h[offset + 1] & 0xff) << 16) | ((h[offset + 2] & 0xff) << 8) | (h[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}

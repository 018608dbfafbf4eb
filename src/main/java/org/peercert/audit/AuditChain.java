package org.peercert.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The hash chain of the audit log: each seal's hash is SHA-256 over the previous seal's hash,
 * the seal's number and its event's content, written out field by field in a fixed order. The
 * first seal follows {@link #GENESIS}.
 */
public final class AuditChain {

    /** The "previous hash" of the very first event. */
    public static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(java.time.ZoneOffset.UTC);

    private AuditChain() {
    }

    public static String hash(String previousHash, long seq, AuditEvent event) {
        String content = Stream.of(String.valueOf(seq), MICROS.format(event.occurredAt), event.actorSubject,
                        event.actorName, event.actorRoles, event.clientAddress, event.action, event.traineeSubject,
                        event.courseId, event.recordType, event.recordId, event.details)
                .map(field -> field == null ? "" : field)
                .collect(Collectors.joining("\u001f"));
        return sha256(previousHash + "\n" + content);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.peercert.reviewer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import org.peercert.certificate.Sha256;
import org.peercert.config.LmsConfig;
import org.peercert.reviewer.TraineeRecord.CertificateRow;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Writes a trainee's evidence packet as a ZIP: summary.pdf, each record section as CSV and JSON,
 * record.json with all of them, the certificates' stored PDFs unchanged, HOW-TO-CHECK.txt,
 * manifest.json (path, SHA-256 and size of every file) and SHA256SUMS (every file, manifest
 * included), so that {@code sha256sum -c SHA256SUMS} checks the whole packet.
 */
@ApplicationScoped
public class EvidencePackets {

    /** The published command, and the same check from the manifest with jq. */
    public static final String CHECK = "sha256sum -c SHA256SUMS";
    public static final String CHECK_WITH_JQ = "jq -r '.files[]|\"\\(.sha256)  \\(.path)\"' manifest.json | sha256sum -c";
    /** That SHA256SUMS is the provider's, signed with its key: run after fetching the provider's certificate. */
    public static final String CHECK_SIGNATURE = "openssl cms -verify -binary -inform DER -in SHA256SUMS.p7s -content SHA256SUMS "
            + "-CAfile provider-certificate.pem -purpose any -out /dev/null";
    /** Where the provider publishes the certificate that signs packets. */
    public static final String CERTIFICATE_PATH = "/api/provider/signing-certificate";

    /** Who asked for the packet, when: printed in the summary and the manifest. */
    public record Request(String producedBy, Instant producedAt) {
    }

    /** What the writer tells its caller: the background job records each step as it is done. */
    public interface Steps {
        /** False when the writer must stop (another node has taken the job over). */
        default boolean proceed() {
            return true;
        }

        default void recordsWritten() {
        }

        default void certificateAdded(long certificateId) {
        }
    }

    private final ObjectMapper json;
    private final LmsConfig config;
    private final org.peercert.certificate.ProviderSignature provider;

    public EvidencePackets(ObjectMapper json, LmsConfig config, org.peercert.certificate.ProviderSignature provider) {
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
        this.config = config;
        this.provider = provider;
    }

    /** @return false if {@link Steps#proceed()} stopped it before the end (the output is then incomplete) */
    public boolean write(TraineeRecord record, Request request, LongFunction<byte[]> storedPdf, Steps steps, OutputStream out) {
        try (PacketZip zip = new PacketZip(out)) {
            zip.add("summary.pdf", PacketSummaryPdf.write(record, request, config));
            zip.add("record.json", json(record));
            section(zip, "enrolments", TraineeRecord.EnrolmentRow.class, record.enrolments());
            section(zip, "hours", TraineeRecord.HoursRow.class, record.hours());
            section(zip, "attendance", TraineeRecord.AttendanceRow.class, record.attendance());
            section(zip, "activity-spans", TraineeRecord.ActivitySpanRow.class, record.activitySpans());
            section(zip, "exam-attempts", TraineeRecord.ExamAttemptRow.class, record.examAttempts());
            section(zip, "oral-scores", TraineeRecord.OralScoreRow.class, record.oralScores());
            section(zip, "certificates", CertificateRow.class, record.certificates());
            steps.recordsWritten();
            List<Map<String, Object>> pdfs = new ArrayList<>();
            for (CertificateRow c : record.certificates()) {
                if (!steps.proceed()) {
                    return false;
                }
                byte[] pdf = storedPdf.apply(c.id());
                String path = "certificates/" + c.number() + ".pdf";
                zip.add(path, pdf);
                pdfs.add(Map.of("number", c.number(), "path", path, "storedSha256", c.sha256(),
                        "matchesStoredSha256", Sha256.hex(pdf).equals(c.sha256())));
                steps.certificateAdded(c.id());
            }
            zip.add("HOW-TO-CHECK.txt", howToCheck());
            zip.add("provider-certificate.pem", org.peercert.certificate.DetachedSignature.pem(provider.key().certificate()));
            zip.add("manifest.json", json(manifest(record, request, zip.files(), pdfs)));
            StringBuilder sums = new StringBuilder();
            zip.files().forEach(f -> sums.append(f.sha256()).append("  ").append(f.path()).append('\n'));
            byte[] sumsBytes = sums.toString().getBytes(StandardCharsets.UTF_8);
            zip.addUnlisted("SHA256SUMS", sumsBytes);
            // The provider's signature over the sums: altering a file and its sum no longer passes.
            zip.addUnlisted("SHA256SUMS.p7s", org.peercert.certificate.DetachedSignature.of(sumsBytes, provider.key()));
        }
        return true;
    }

    private void section(PacketZip zip, String name, Class<? extends Record> type, List<? extends Record> rows) {
        zip.add(name + ".csv", RecordCsv.of(type, rows));
        zip.add(name + ".json", json(rows));
    }

    private Map<String, Object> manifest(TraineeRecord record, Request request, List<PacketZip.File> files,
                                         List<Map<String, Object>> pdfs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("packet", "PeerCert evidence packet");
        m.put("traineeSubject", record.traineeSubject());
        m.put("legalName", record.legalName());
        m.put("provider", Map.of("name", config.provider().name(), "approvalNumber", config.provider().approvalNumber()));
        m.put("producedAt", request.producedAt().toString());
        m.put("producedBy", request.producedBy());
        m.put("check", CHECK);
        m.put("checkWithJq", CHECK_WITH_JQ);
        m.put("checkSignature", CHECK_SIGNATURE);
        m.put("providerCertificate", config.publicUrl() + CERTIFICATE_PATH);
        m.put("files", files);
        m.put("certificates", pdfs);
        return m;
    }

    private String howToCheck() {
        return """
                PeerCert evidence packet: how to check it

                In the folder where the packet was unzipped, run

                    %s

                Every file must say OK. The same check from manifest.json, with jq:

                    %s

                SHA256SUMS is signed with the training provider's key (SHA256SUMS.p7s). Check that its
                signer is the provider: compare provider-certificate.pem with the one the provider
                publishes at %s (or fetch that one into provider-certificate.pem), then run

                    %s

                It must say "CMS Verification successful". A packet whose files and sums were both
                altered fails here.

                The certificates/ folder holds each certificate's PDF exactly as it was issued and stored;
                manifest.json names each with its stored SHA-256. Anyone can also upload a certificate's
                PDF to the provider's /verify page, which compares it with the issued file.
                """.formatted(CHECK, CHECK_WITH_JQ, config.publicUrl() + CERTIFICATE_PATH, CHECK_SIGNATURE);
    }

    private String json(Object value) {
        try {
            return json.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the packet's records are not serialisable", e);
        }
    }
}

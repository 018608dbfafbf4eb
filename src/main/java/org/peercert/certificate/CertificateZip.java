package org.peercert.certificate;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.peercert.web.SpreadsheetCells;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a bulk download: every certificate of the job as its stored PDF (checked against its
 * SHA-256 first), and manifest.csv listing number, name, dates, status and SHA-256. PDFs are
 * stored, not deflated: they are compressed already. The ZIP goes to the database in parts.
 */
@ApplicationScoped
public class CertificateZip {

    private record Stored(Certificate certificate, byte[] pdf, CertificateStatus status) {
    }

    private final EntityManager entities;
    private final VerificationService verification;

    public CertificateZip(EntityManager entities, VerificationService verification) {
        this.entities = entities;
        this.verification = verification;
    }

    void write(CertificateJob job, List<CertificateJobItem> open, JobLeases leases) {
        Set<Long> openIds = open.stream().map(i -> i.id).collect(Collectors.toSet());
        List<CertificateJobItem> items = QuarkusTransaction.requiringNew().call(() -> CertificateJobItem.of(job.id));
        String attempt = UUID.randomUUID().toString();
        ZipParts parts = new ZipParts(entities, job.id, attempt);
        try (ZipOutputStream zip = new ZipOutputStream(parts); StringWriter manifest = new StringWriter();
             CSVPrinter csv = new CSVPrinter(manifest, CSVFormat.RFC4180)) {
            csv.printRecord("file", "number", "name", "course", "completed_on", "issued_on", "credit_hours", "status", "sha256");
            for (CertificateJobItem item : items) {
                if (!leases.hold(job.id)) {
                    return; // another node has taken over and writes its own attempt
                }
                Stored stored = QuarkusTransaction.requiringNew().call(() -> load(item.certificateId));
                Certificate c = stored.certificate();
                if (!Sha256.hex(stored.pdf()).equals(c.sha256)) {
                    if (openIds.contains(item.id)) {
                        CertificateJobRunner.record(item, CertificateJobOutcome.FAILED, c.formattedNumber()
                                + ": the stored PDF does not match its SHA-256 and was left out.", c.id);
                    }
                    continue;
                }
                String file = fileName(c);
                entry(zip, file, stored.pdf());
                csv.printRecord(SpreadsheetCells.row(file, c.formattedNumber(), c.legalName, c.courseTitle, c.completedOn, c.issuedOn,
                        c.creditHours.stripTrailingZeros().toPlainString(), stored.status(), c.sha256));
                if (openIds.contains(item.id)) {
                    CertificateJobRunner.record(item, CertificateJobOutcome.ADDED, c.formattedNumber(), c.id);
                }
            }
            csv.flush();
            entry(zip, "manifest.csv", manifest.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CertificateJobRunner.finish(job.id, attempt, parts.parts(), parts.bytes());
    }

    private Stored load(Long certificateId) {
        Certificate certificate = Certificate.findById(certificateId);
        CertificateDocument document = CertificateDocument.findById(certificateId);
        return new Stored(certificate, document.pdf, verification.verify(certificate).status());
    }

    /** Adds a file as it is, not deflated (PDFs are compressed already): size and CRC are written first. */
    public static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    /** "7KQ4-M2XD-9TRB-HW3C Maria Jose Ortiz-Nunez.pdf": ASCII, so every unzip tool shows it right. */
    static String fileName(Certificate c) {
        String ascii = Normalizer.normalize(c.legalName, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9 .'-]", "").trim();
        return c.formattedNumber() + (ascii.isEmpty() ? "" : " " + ascii) + ".pdf";
    }
}

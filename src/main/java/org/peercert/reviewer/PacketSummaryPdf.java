package org.peercert.reviewer;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.peercert.config.LmsConfig;
import org.peercert.reviewer.TraineeRecord.AttendanceRow;
import org.peercert.reviewer.TraineeRecord.CertificateRow;
import org.peercert.reviewer.TraineeRecord.EnrolmentRow;
import org.peercert.reviewer.TraineeRecord.ExamAttemptRow;
import org.peercert.reviewer.TraineeRecord.HoursRow;
import org.peercert.reviewer.TraineeRecord.OralScoreRow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The packet's summary.pdf (Letter, embedded DejaVu fonts so every name prints): who, for whom,
 * then each section of the record in short; the CSV and JSON files beside it hold every field.
 */
final class PacketSummaryPdf {

    private static final float MARGIN = 54;
    private static final float LEADING = 13;

    private final PDDocument document = new PDDocument();
    private final PDFont regular;
    private final PDFont bold;
    private final DateTimeFormatter local;
    private PDPageContentStream page;
    private float y;

    private PacketSummaryPdf(LmsConfig config) throws IOException {
        regular = font("/fonts/DejaVuSans.ttf");
        bold = font("/fonts/DejaVuSans-Bold.ttf");
        local = DateTimeFormatter.ofPattern("MMM d, yyyy h:mm a z", Locale.US).withZone(config.timeZone());
    }

    static byte[] write(TraineeRecord record, EvidencePackets.Request request, LmsConfig config) {
        try {
            PacketSummaryPdf pdf = new PacketSummaryPdf(config);
            pdf.render(record, request, config);
            return pdf.finish(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void render(TraineeRecord r, EvidencePackets.Request request, LmsConfig config) throws IOException {
        newPage();
        line(bold, 16, "Evidence packet");
        line(regular, 12, r.legalName() + " (subject " + r.traineeSubject() + ")");
        line(regular, 9, config.provider().name() + ", approval number " + config.provider().approvalNumber());
        line(regular, 9, "Produced " + time(request.producedAt()) + " for " + request.producedBy()
                + ". Check every file with: " + EvidencePackets.CHECK);
        heading("Enrolments (" + r.enrolments().size() + ")");
        for (EnrolmentRow e : r.enrolments()) {
            text(e.courseTitle() + " (" + e.courseId() + "), content version " + e.contentVersion() + ", enrolled "
                    + time(e.enrolledAt()) + " by " + e.enrolledByName());
        }
        heading("Hours ledger (" + r.hours().size() + " lines)");
        for (HoursRow h : r.hours()) {
            text("#" + h.id() + " " + h.courseId() + " · " + h.competencyId() + " · " + h.source() + " · " + h.minutes()
                    + " min · " + time(h.recordedAt()) + " · " + h.recordedByName() + ": " + h.evidence()
                    + (h.reason() == null ? "" : " Reason: " + h.reason()));
        }
        heading("Live-session attendance (" + r.attendance().size() + ")");
        for (AttendanceRow a : r.attendance()) {
            text(a.sessionTitle() + " (" + a.courseId() + ", " + a.format() + ", " + a.instructorName() + "): joined "
                    + time(a.joinedAt()) + ", left " + time(a.leftAt()));
        }
        heading("Self-paced activity spans (" + r.activitySpans().size() + ")");
        for (TraineeRecord.ActivitySpanRow s : r.activitySpans()) {
            text(s.courseId() + " / " + s.moduleSlug() + ": " + time(s.startedAt()) + " to " + time(s.endedAt()) + ", "
                    + s.beats() + " reports, " + s.creditedSeconds() + " s credited");
        }
        heading("Written exams and post-tests (" + r.examAttempts().size() + " attempts)");
        for (ExamAttemptRow a : r.examAttempts()) {
            text(a.courseId() + " " + a.examKind() + " attempt " + a.attemptNumber() + ", started " + time(a.startedAt())
                    + (a.finalisedAt() == null ? ", not ended" : ": " + a.scorePercent() + " % (pass " + a.passPercent()
                    + " %), " + (Boolean.TRUE.equals(a.passed()) ? "passed" : "not passed") + "; " + a.byCompetency()));
        }
        heading("Oral exam rubric scores (" + r.oralScores().size() + ")");
        for (OralScoreRow s : r.oralScores()) {
            text(s.courseId() + ", exam " + time(s.examStartsAt()) + ", examiner " + s.examinerName() + ": " + s.total()
                    + "/" + s.maxTotal() + (s.passed() ? " passed" : " not passed") + "; " + s.points()
                    + (s.reason() == null ? "" : " Correction: " + s.reason()));
        }
        heading("Certificates (" + r.certificates().size() + ")");
        for (CertificateRow c : r.certificates()) {
            text(c.number() + " · " + c.courseTitle() + " · issued " + c.issuedOn() + " · " + c.status() + " · SHA-256 "
                    + c.sha256() + (c.revokedAt() == null ? "" : " · revoked " + time(c.revokedAt()) + " by "
                    + c.revokedByName() + ": " + c.revocationReason()));
        }
    }

    private void heading(String text) throws IOException {
        y -= LEADING / 2;
        line(bold, 11, text);
    }

    private void text(String text) throws IOException {
        for (String wrapped : wrap(text.replaceAll("\\s+", " "), 9)) {
            line(regular, 9, wrapped);
        }
    }

    private String time(Instant instant) {
        return instant == null ? "-" : local.format(instant);
    }

    private void line(PDFont font, float size, String text) throws IOException {
        if (y < MARGIN + LEADING) {
            newPage();
        }
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(MARGIN, y);
        page.showText(text);
        page.endText();
        y -= Math.max(LEADING, size * 1.35f);
    }

    private List<String> wrap(String text, float size) throws IOException {
        float width = PDRectangle.LETTER.getWidth() - 2 * MARGIN;
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (regular.getStringWidth(candidate) / 1000 * size > width && !current.isEmpty()) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(PDRectangle.LETTER);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = PDRectangle.LETTER.getHeight() - MARGIN;
    }

    private byte[] finish(TraineeRecord r) throws IOException {
        page.close();
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle("Evidence packet: " + r.legalName());
        info.setCreator("PeerCert");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        document.close();
        return out.toByteArray();
    }

    private PDFont font(String resource) throws IOException {
        try (InputStream in = PacketSummaryPdf.class.getResourceAsStream(resource)) {
            return PDType0Font.load(document, in);
        }
    }
}

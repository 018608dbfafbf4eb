package org.peercert.hours;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A transcript as a PDF (Letter, embedded DejaVu fonts so every name prints): the trainee, the
 * course and its content version, hours by competency, then every ledger line with its evidence.
 */
public final class TranscriptPdf {

    private static final float MARGIN = 54;
    private static final float LEADING = 13;

    private final PDDocument document = new PDDocument();
    private final PDFont regular;
    private final PDFont bold;
    private PDPageContentStream page;
    private float y;

    private TranscriptPdf() throws IOException {
        regular = font("/fonts/DejaVuSans.ttf");
        bold = font("/fonts/DejaVuSans-Bold.ttf");
    }

    public static byte[] write(Transcript t) {
        try {
            TranscriptPdf pdf = new TranscriptPdf();
            pdf.render(t);
            return pdf.finish(t);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void render(Transcript t) throws IOException {
        DateTimeFormatter local = DateTimeFormatter.ofPattern("MMM d, yyyy h:mm a z").withZone(t.zone());
        newPage();
        line(bold, 16, "Training transcript");
        line(regular, 11, t.legalName());
        line(regular, 10, t.course().title() + " (" + t.course().settings().credential() + ")");
        line(regular, 9, "Content version " + t.contentVersion() + " · " + t.provider() + " · produced " + local.format(t.produced()));
        y -= LEADING / 2;
        line(bold, 11, "Hours by competency (an hour counts " + t.progress().hourMinutes() + " minutes)");
        for (Progress.CompetencyProgress c : t.progress().competencies()) {
            line(regular, 10, c.title() + ": " + hours(c.countedMinutes(), t) + " of " + hours(c.requiredMinutes(), t) + " h");
        }
        line(bold, 10, "Total: " + hours(t.progress().countedMinutes(), t) + " of " + hours(t.progress().requiredMinutes(), t)
                + " h" + (t.progress().complete() ? " (complete)" : ""));
        y -= LEADING / 2;
        line(bold, 11, "Every line of the record");
        for (HoursEntry e : t.entries()) {
            line(bold, 9, "#" + e.id + " · " + local.format(e.recordedAt) + " · " + e.source + " · "
                    + t.course().competencyTitle(e.competencyId) + " · " + e.minutes + " min · " + e.recordedByName);
            for (String wrapped : wrap(e.evidence + (e.reason == null ? "" : " Reason: " + e.reason), 9)) {
                line(regular, 9, wrapped);
            }
        }
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
        float width = PDRectangle.LETTER.getWidth() - 2 * MARGIN - 12;
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder("  ");
        for (String word : text.split("\\s+")) {
            String candidate = current + (current.length() > 2 ? " " : "") + word;
            if (regular.getStringWidth(candidate) / 1000 * size > width && current.length() > 2) {
                lines.add(current.toString());
                current = new StringBuilder("  " + word);
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

    private byte[] finish(Transcript t) throws IOException {
        page.close();
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle("Training transcript: " + t.legalName() + ", " + t.course().title());
        info.setCreator("PeerCert");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        document.close();
        return out.toByteArray();
    }

    private PDFont font(String resource) throws IOException {
        try (InputStream in = TranscriptPdf.class.getResourceAsStream(resource)) {
            return PDType0Font.load(document, in);
        }
    }

    private static String hours(int minutes, Transcript t) {
        return HoursFormats.hoursOf(minutes, t.progress().hourMinutes());
    }
}

package org.peercert.web;

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
import java.util.ArrayList;
import java.util.List;

/**
 * A plain text document as a PDF, line after line down Letter pages (transcripts, evidence
 * summaries), in embedded DejaVu fonts so every name prints. Not thread-safe: one per document.
 */
public final class TextPdf {

    private static final float MARGIN = 54;
    private static final float LEADING = 13;

    private final PDDocument document = new PDDocument();
    private final PDFont regular;
    private final PDFont bold;
    private PDPageContentStream page;
    private float y;

    public TextPdf() {
        try {
            regular = font("/fonts/DejaVuSans.ttf");
            bold = font("/fonts/DejaVuSans-Bold.ttf");
            newPage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line, on a new page when this one is full. Text must hold no line breaks. */
    public void line(boolean strong, float size, String text) {
        try {
            if (y < MARGIN + LEADING) {
                newPage();
            }
            page.beginText();
            page.setFont(strong ? bold : regular, size);
            page.newLineAtOffset(MARGIN, y);
            page.showText(text);
            page.endText();
            y -= Math.max(LEADING, size * 1.35f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text of any length (white space and line breaks become single spaces), wrapped at the margin and indented. */
    public void wrapped(float size, String text, String indent) {
        float width = PDRectangle.LETTER.getWidth() - 2 * MARGIN - 12;
        StringBuilder current = new StringBuilder(indent);
        List<String> lines = new ArrayList<>();
        for (String word : text.trim().split("\\s+")) {
            String candidate = current + (current.length() > indent.length() ? " " : "") + word;
            if (width(candidate, size) > width && current.length() > indent.length()) {
                lines.add(current.toString());
                current = new StringBuilder(indent + word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        lines.add(current.toString());
        lines.forEach(l -> line(false, size, l));
    }

    /** Half a line of space, before a heading. */
    public void gap() {
        y -= LEADING / 2;
    }

    public byte[] finish(String title) {
        try {
            page.close();
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("PeerCert");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float width(String text, float size) {
        try {
            return regular.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private PDFont font(String resource) throws IOException {
        try (InputStream in = TextPdf.class.getResourceAsStream(resource)) {
            return PDType0Font.load(document, in);
        }
    }
}

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

    /**
     * A line of text, on a new page when this one is full, wrapped at the margin when it is wider
     * than the page (a long name or course title must never run off the edge).
     */
    public void line(boolean strong, float size, String text) {
        wrap(strong, size, text, "");
    }

    /** Text of any length (white space and line breaks become single spaces), wrapped at the margin and indented. */
    public void wrapped(float size, String text, String indent) {
        wrap(false, size, text, indent);
    }

    private void wrap(boolean strong, float size, String text, String indent) {
        PDFont font = strong ? bold : regular;
        float width = PDRectangle.LETTER.getWidth() - 2 * MARGIN - 12;
        StringBuilder current = new StringBuilder(indent);
        for (String word : text.trim().split("\\s+")) {
            String candidate = current + (current.length() > indent.length() ? " " : "") + word;
            if (width(font, candidate, size) <= width) {
                current = new StringBuilder(candidate);
                continue;
            }
            if (current.length() > indent.length()) {
                show(font, size, current.toString());
                current = new StringBuilder(indent);
            }
            // A word wider than the page on its own (a long hash, say) is cut where it must be.
            for (char c : word.toCharArray()) {
                if (width(font, current.toString() + c, size) > width && current.length() > indent.length()) {
                    show(font, size, current.toString());
                    current = new StringBuilder(indent);
                }
                current.append(c);
            }
        }
        show(font, size, current.toString());
    }

    private void show(PDFont font, float size, String text) {
        try {
            if (y < MARGIN + LEADING) {
                newPage();
            }
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(MARGIN, y);
            page.showText(text);
            page.endText();
            y -= Math.max(LEADING, size * 1.35f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private static float width(PDFont font, String text, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
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

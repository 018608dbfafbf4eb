package org.peercert.certificate;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Text on a PDF page: measuring, fitting and wrapping lines, and showing one. */
final class PdfText {

    private PdfText() {
    }

    static void show(PDPageContentStream page, PDFont font, float size, String text, float x, float y) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, y);
        page.showText(text);
        page.endText();
    }

    static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** The largest size up to {@code max} (down to 16) at which the text fits the width. */
    static float fit(PDFont font, String text, float max, float maxWidth) throws IOException {
        float size = max;
        while (size > 16 && width(font, size, text) > maxWidth) {
            size -= 1;
        }
        return size;
    }

    /** Lines of whole words, each within the width. */
    static List<String> wrap(PDFont font, float size, String text, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(font, size, candidate) > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** Breaks a string without spaces (an address) wherever the width ends. */
    static List<String> wrapAnywhere(PDFont font, float size, String text, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int end = 1; end <= text.length(); end++) {
            if (width(font, size, text.substring(start, end)) > maxWidth) {
                lines.add(text.substring(start, end - 1));
                start = end - 1;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }
}

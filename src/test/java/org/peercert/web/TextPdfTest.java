package org.peercert.web;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plain-text PDFs (transcripts, the packet summary) keep every glyph inside the page, however
 * long a name, title or hash is, and lose no text in the wrapping.
 */
class TextPdfTest {

    @Test
    void longLinesWrapInsideTheMarginsAndKeepEveryWord() throws IOException {
        String name = "María José Ortiz-Núñez de la Santísima Trinidad Fernández-Valderrama y Castellanos-Oyarzábal (subject "
                + "6f1c2b9e-8d34-4b7a-a1f0-3c5e7d9b2a41)";
        String hash = "a".repeat(40) + "0123456789abcdef".repeat(8);
        TextPdf pdf = new TextPdf();
        pdf.line(true, 16, "Evidence packet: " + name);
        pdf.line(false, 12, name);
        pdf.wrapped(9, "SHA-256 " + hash, "   ");

        List<TextPosition> glyphs = new ArrayList<>();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.finish("wrap test"))) {
            float right = document.getPage(0).getMediaBox().getWidth();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String line, List<TextPosition> positions) throws IOException {
                    glyphs.addAll(positions);
                    super.writeString(line, positions);
                }
            };
            text = stripper.getText(document);
            for (TextPosition glyph : glyphs) {
                assertTrue(glyph.getXDirAdj() + glyph.getWidthDirAdj() <= right - 40,
                        "'" + glyph.getUnicode() + "' ends at " + (glyph.getXDirAdj() + glyph.getWidthDirAdj()) + " of " + right);
            }
        }
        String[] lines = text.strip().split("\\R");
        assertTrue(lines.length >= 6, "the long lines were wrapped: " + text);
        String joined = String.join(" ", text.strip().split("\\s+"));
        assertTrue(joined.contains("Evidence packet: María José Ortiz-Núñez de la Santísima Trinidad"), joined);
        assertTrue(joined.contains("Castellanos-Oyarzábal (subject 6f1c2b9e-8d34-4b7a-a1f0-3c5e7d9b2a41)"), joined);
        assertEquals(hash, text.substring(text.indexOf("SHA-256") + 8).replaceAll("\\s", ""), "the hash, cut but whole");
    }
}

package org.peercert.certificate;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;

/**
 * A QR code drawn as vector squares (ZXing encodes, PDFBox draws), so it stays sharp at any print
 * resolution. Error correction M survives a crease or a smudge; the quiet zone is white.
 */
final class QrCode {

    private static final int QUIET_MODULES = 4;

    private QrCode() {
    }

    /** Draws {@code text} as a QR code with its lower-left corner at (x, y), {@code size} points wide. */
    static void draw(PDPageContentStream page, String text, float x, float y, float size) throws IOException {
        ByteMatrix modules = encode(text);
        int count = modules.getWidth() + 2 * QUIET_MODULES;
        float module = size / count;
        page.setNonStrokingColor(1f, 1f, 1f);
        page.addRect(x, y, size, size);
        page.fill();
        page.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < modules.getHeight(); row++) {
            int col = 0;
            while (col < modules.getWidth()) {
                if (modules.get(col, row) != 1) {
                    col++;
                    continue;
                }
                int run = col;
                while (run < modules.getWidth() && modules.get(run, row) == 1) {
                    run++;
                }
                float top = y + size - (row + QUIET_MODULES) * module;
                page.addRect(x + (col + QUIET_MODULES) * module, top - module, (run - col) * module, module);
                col = run;
            }
        }
        page.fill();
    }

    private static ByteMatrix encode(String text) {
        try {
            return Encoder.encode(text, ErrorCorrectionLevel.M).getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code for " + text, e);
        }
    }
}

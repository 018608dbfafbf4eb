package org.peercert.certificate;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Parsed DejaVu fonts, kept for reuse: parsing both for every certificate was a fifth of its
 * drawing time. A parsed font serves one document at a time (PDFBox subsets it when the document
 * is saved), so each render borrows a pair and gives it back; at most a few idle pairs are kept.
 */
final class FontPool {

    /** The regular and the bold face, lent together. */
    record Fonts(TrueTypeFont regular, TrueTypeFont bold) {
    }

    private static final byte[] REGULAR = resource("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = resource("/fonts/DejaVuSans-Bold.ttf");
    private static final int MAX_IDLE = Math.max(2, Runtime.getRuntime().availableProcessors());
    private static final Queue<Fonts> IDLE = new ConcurrentLinkedQueue<>();

    private FontPool() {
    }

    static Fonts borrow() {
        Fonts fonts = IDLE.poll();
        return fonts != null ? fonts : new Fonts(parse(REGULAR), parse(BOLD));
    }

    static void giveBack(Fonts fonts) {
        if (IDLE.size() < MAX_IDLE) {
            IDLE.offer(fonts);
            return;
        }
        try {
            fonts.regular().close();
            fonts.bold().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrueTypeFont parse(byte[] font) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(font));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = FontPool.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.peercert.certificate;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The signature image, made once per PNG: flattened onto white (the page is white there) and
 * encoded as a high-quality JPEG, which PDFBox embeds as it is. Decoding and re-compressing the
 * PNG for every certificate would cost more than drawing the rest of the page.
 */
final class SignatureImage {

    /** Keyed by the array itself: the provider's PNG is one array for the life of the service. */
    private static final Map<byte[], byte[]> JPEGS = new ConcurrentHashMap<>();

    private SignatureImage() {
    }

    static PDImageXObject in(PDDocument document, byte[] png) throws IOException {
        if (JPEGS.size() > 16) {
            JPEGS.clear(); // only tests pass fresh arrays; never grow without bound
        }
        byte[] jpeg = JPEGS.computeIfAbsent(png, SignatureImage::jpeg);
        return JPEGFactory.createFromByteArray(document, jpeg);
    }

    private static byte[] jpeg(byte[] png) {
        try {
            BufferedImage source = ImageIO.read(new ByteArrayInputStream(png));
            if (source == null) {
                throw new IllegalArgumentException("The signature image is not a PNG PeerCert can read");
            }
            BufferedImage flat = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = flat.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, flat.getWidth(), flat.getHeight());
            g.drawImage(source, 0, 0, null);
            g.dispose();
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ImageWriteParam quality = writer.getDefaultWriteParam();
            quality.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            quality.setCompressionQuality(0.95f);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(null, new IIOImage(flat, null, null), quality);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

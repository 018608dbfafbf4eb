package org.peercert.reviewer;

import org.peercert.certificate.CertificateZip;
import org.peercert.certificate.Sha256;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A ZIP that remembers the SHA-256 and size of every file put in it, for the manifest and
 * SHA256SUMS written last. PDFs are stored as they are (they are compressed already, and the
 * certificates must stay the issued bytes); text is deflated.
 */
final class PacketZip implements AutoCloseable {

    /** One file of the packet. */
    record File(String path, String sha256, long bytes) {
    }

    private final ZipOutputStream zip;
    private final List<File> files = new ArrayList<>();

    PacketZip(OutputStream out) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    }

    void add(String path, String text) {
        add(path, text.getBytes(StandardCharsets.UTF_8));
    }

    void add(String path, byte[] bytes) {
        addUnlisted(path, bytes);
        files.add(new File(path, Sha256.hex(bytes), bytes.length));
    }

    /** A file the lists do not name: SHA256SUMS itself. */
    void addUnlisted(String path, byte[] bytes) {
        try {
            if (path.endsWith(".pdf")) {
                CertificateZip.entry(zip, path, bytes);
                return;
            }
            zip.putNextEntry(new ZipEntry(path));
            zip.write(bytes);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<File> files() {
        return List.copyOf(files);
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

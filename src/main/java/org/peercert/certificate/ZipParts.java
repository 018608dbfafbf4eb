package org.peercert.certificate;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;

/**
 * An output stream that stores what is written as numbered rows of {@code certificate_job_file},
 * each at most 4 MiB (well under MariaDB's default 16 MiB max_allowed_packet), one transaction
 * each. Memory stays at one part however big the ZIP, and every node can serve the file.
 */
public final class ZipParts extends OutputStream {

    static final int PART_BYTES = 4 * 1024 * 1024;

    private final EntityManager entities;
    private final long jobId;
    private final String attempt;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(PART_BYTES);
    private int parts;
    private long bytes;

    public ZipParts(EntityManager entities, long jobId, String attempt) {
        this.entities = entities;
        this.jobId = jobId;
        this.attempt = attempt;
    }

    @Override
    public void write(int b) {
        buffer.write(b);
        if (buffer.size() >= PART_BYTES) {
            store();
        }
    }

    @Override
    public void write(byte[] b, int off, int len) {
        while (len > 0) {
            int n = Math.min(len, PART_BYTES - buffer.size());
            buffer.write(b, off, n);
            off += n;
            len -= n;
            if (buffer.size() >= PART_BYTES) {
                store();
            }
        }
    }

    @Override
    public void close() {
        if (buffer.size() > 0 || parts == 0) {
            store();
        }
    }

    public int parts() {
        return parts;
    }

    public long bytes() {
        return bytes;
    }

    private void store() {
        byte[] part = buffer.toByteArray();
        int number = parts;
        QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery(
                        "INSERT INTO certificate_job_file (job_id, attempt, part, bytes) VALUES (:job, :attempt, :part, :bytes)")
                .setParameter("job", jobId).setParameter("attempt", attempt).setParameter("part", number)
                .setParameter("bytes", part).executeUpdate());
        parts++;
        bytes += part.length;
        buffer.reset();
    }

    /** Part {@code part} of a finished job's file. */
    static byte[] read(EntityManager entities, long jobId, String attempt, int part) {
        return (byte[]) entities.createNativeQuery(
                        "SELECT bytes FROM certificate_job_file WHERE job_id = :job AND attempt = :attempt AND part = :part")
                .setParameter("job", jobId).setParameter("attempt", attempt).setParameter("part", part).getSingleResult();
    }
}

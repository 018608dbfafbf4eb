package org.peercert.certificate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.List;

/** What became of one job item, once: issued, skipped (with why), failed, or added to the ZIP. */
@Entity
@Table(name = "certificate_job_outcome")
@Immutable
public class CertificateJobOutcome extends PanacheEntityBase {

    public static final String ISSUED = "issued";
    public static final String SKIPPED = "skipped";
    public static final String FAILED = "failed";
    public static final String ADDED = "added";

    @Id
    @Column(name = "item_id")
    public Long itemId;

    @Column(name = "job_id")
    public Long jobId;

    public String outcome;

    public String detail;

    @Column(name = "certificate_id")
    public Long certificateId;

    public Instant at;

    public static List<CertificateJobOutcome> of(Long jobId) {
        return list("jobId = ?1 order by itemId", jobId);
    }

    public static long count(Long jobId, String outcome) {
        return count("jobId = ?1 and outcome = ?2", jobId, outcome);
    }
}

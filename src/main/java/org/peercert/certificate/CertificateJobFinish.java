package org.peercert.certificate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** A finished job; for a download, which attempt's ZIP parts make the file. */
@Entity
@Table(name = "certificate_job_finish")
@Immutable
public class CertificateJobFinish extends PanacheEntityBase {

    @Id
    @Column(name = "job_id")
    public Long jobId;

    @Column(name = "zip_attempt")
    public String zipAttempt;

    @Column(name = "zip_parts")
    public Integer zipParts;

    @Column(name = "zip_bytes")
    public Long zipBytes;

    @Column(name = "finished_at")
    public Instant finishedAt;
}

package org.peercert.certificate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.util.List;

/** One thing a job works through: a trainee to issue to, or a certificate to add to the ZIP. */
@Entity
@Table(name = "certificate_job_item")
@Immutable
public class CertificateJobItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "job_id")
    public Long jobId;

    @Column(name = "trainee_subject")
    public String traineeSubject;

    @Column(name = "certificate_id")
    public Long certificateId;

    public static List<CertificateJobItem> of(Long jobId) {
        return list("jobId = ?1 order by id", jobId);
    }

    /** Items without an outcome yet, in order. */
    public static List<CertificateJobItem> open(Long jobId) {
        return list("from CertificateJobItem i where i.jobId = ?1 and not exists "
                + "(from CertificateJobOutcome o where o.itemId = i.id) order by i.id", jobId);
    }
}

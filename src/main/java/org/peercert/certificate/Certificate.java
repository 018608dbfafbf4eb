package org.peercert.certificate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An issued certificate: what it says, who issued it when, and the SHA-256 of its stored PDF
 * ({@link CertificateDocument}). Never changed: a revocation is a {@link CertificateRevocation}.
 */
@Entity
@Table(name = "certificate")
@Immutable
public class Certificate extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Without hyphens; see {@link CertificateNumber}. */
    public String number;

    @Column(name = "trainee_subject")
    public String traineeSubject;

    @Column(name = "legal_name")
    public String legalName;

    @Column(name = "name_confirmation_id")
    public Long nameConfirmationId;

    @Column(name = "course_id")
    public String courseId;

    @Column(name = "course_title")
    public String courseTitle;

    public String credential;

    @Column(name = "content_version")
    public String contentVersion;

    @Column(name = "credit_hours")
    public BigDecimal creditHours;

    @Column(name = "hour_minutes")
    public int hourMinutes;

    /** Delivery-format codes, comma-separated. */
    @Column(name = "delivery_formats")
    public String deliveryFormats;

    @Column(name = "training_started_on")
    public LocalDate trainingStartedOn;

    @Column(name = "training_ended_on")
    public LocalDate trainingEndedOn;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    @Column(name = "expires_on")
    public LocalDate expiresOn;

    @Column(name = "ce_due_on")
    public LocalDate ceDueOn;

    @Column(name = "provider_name")
    public String providerName;

    @Column(name = "approval_number")
    public String approvalNumber;

    @Column(name = "issue_seq")
    public int issueSeq;

    @Column(name = "job_id")
    public Long jobId;

    public String sha256;

    @Column(name = "issued_by")
    public String issuedBy;

    @Column(name = "issued_by_name")
    public String issuedByName;

    @Column(name = "issued_at")
    public Instant issuedAt;

    public String formattedNumber() {
        return CertificateNumber.parse(number).formatted();
    }

    /** A certificate and its revocation (null if none), in one query: what verification reads. */
    public static Optional<Object[]> withRevocation(CertificateNumber number) {
        return getEntityManager().createQuery("select c, r from Certificate c left join CertificateRevocation r "
                        + "on r.certificateId = c.id where c.number = :number", Object[].class)
                .setParameter("number", number.compact()).getResultStream().findFirst();
    }

    public static Optional<Certificate> byNumber(CertificateNumber number) {
        return find("number", number.compact()).firstResultOptional();
    }

    public static List<Certificate> ofTrainee(String trainee) {
        return list("traineeSubject = ?1 order by issuedAt desc, id desc", trainee);
    }

    public static List<Certificate> ofTrainee(String trainee, String courseId) {
        return list("traineeSubject = ?1 and courseId = ?2 order by issueSeq", trainee, courseId);
    }

    public static List<Certificate> ofCourse(String courseId) {
        return list("courseId = ?1 order by issuedAt, id", courseId);
    }
}

package org.peercert.ce;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * CE a specialist completed elsewhere, claimed with the certificate they received. It counts
 * once an admin approves it ({@link OutsideCeDecision}); the file is kept as evidence.
 */
@Entity
@Table(name = "outside_ce_claim")
@Immutable
public class OutsideCeClaim extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "trainee_subject")
    public String traineeSubject;

    @Column(name = "legal_name")
    public String legalName;

    public String title;

    public String provider;

    public BigDecimal hours;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "file_sha256")
    public String fileSha256;

    /** Loaded only when the file is downloaded. */
    @JsonIgnore
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "file_bytes")
    public byte[] fileBytes;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    public static List<OutsideCeClaim> ofTrainee(String trainee) {
        return list("traineeSubject = ?1 order by submittedAt desc, id desc", trainee);
    }

    /** Claims nobody has answered yet, oldest first. */
    public static List<OutsideCeClaim> pending() {
        return list("from OutsideCeClaim c where not exists (from OutsideCeDecision d where d.claimId = c.id) "
                + "order by c.submittedAt, c.id");
    }

    static List<OutsideCeClaim> approvedOf(String trainee) {
        return list("from OutsideCeClaim c where c.traineeSubject = ?1 and exists (from OutsideCeDecision d "
                + "where d.claimId = c.id and d.approved = true) order by c.completedOn", trainee);
    }

    CeCredit credit() {
        return new CeCredit(CeCredit.OUTSIDE_CE, "claim #" + id, title + " (" + provider + ")", hours, completedOn);
    }
}

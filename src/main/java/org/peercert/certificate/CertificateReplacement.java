package org.peercert.certificate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.Optional;

/** An admin's allowance, with a reason, that a revoked certificate may be followed by a new one. */
@Entity
@Table(name = "certificate_replacement")
@Immutable
public class CertificateReplacement extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "certificate_id")
    public Long certificateId;

    public String reason;

    @Column(name = "allowed_by")
    public String allowedBy;

    @Column(name = "allowed_by_name")
    public String allowedByName;

    @Column(name = "allowed_at")
    public Instant allowedAt;

    public static Optional<CertificateReplacement> of(Long certificateId) {
        return find("certificateId", certificateId).firstResultOptional();
    }
}

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

/** An admin's revocation of a certificate: who, why and when. Once per certificate, never undone. */
@Entity
@Table(name = "certificate_revocation")
@Immutable
public class CertificateRevocation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "certificate_id")
    public Long certificateId;

    public String reason;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Column(name = "revoked_by_name")
    public String revokedByName;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    public static Optional<CertificateRevocation> of(Long certificateId) {
        return find("certificateId", certificateId).firstResultOptional();
    }
}

package org.peercert.certificate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A certificate's issued bytes: the signed PDF and the signed Open Badges credential. Kept in the
 * database, in the same transaction as the {@link Certificate} row, so that an issue either stores
 * everything or nothing, every node serves the same bytes, and backups hold them. Every download
 * returns exactly these bytes; nothing is ever rendered again.
 */
@Entity
@Table(name = "certificate_document")
@Immutable
public class CertificateDocument extends PanacheEntityBase {

    @Id
    @Column(name = "certificate_id")
    public Long certificateId;

    public byte[] pdf;

    @Column(name = "credential_jwt")
    public String credentialJwt;
}

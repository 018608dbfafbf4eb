package org.peercert.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.peercert.people.Actor;
import org.peercert.audit.AuditLog;
import org.peercert.audit.Audited;
import org.peercert.web.UserFacingException;

import java.time.Instant;

/**
 * An admin revokes a certificate with a reason: a new row, shown by verification at once (nothing
 * is cached). The certificate and its bytes stay; revoking is never undone. A corrected certificate
 * is a new one, issued after the revocation.
 */
@ApplicationScoped
@Transactional
public class Revocations {

    private final AuditLog audit;

    public Revocations(AuditLog audit) {
        this.audit = audit;
    }

    public CertificateRevocation revoke(Certificate certificate, String reason, Actor admin) {
        if (reason == null || reason.isBlank()) {
            throw new UserFacingException(400, "reason: say why the certificate is revoked; verification shows it to anyone "
                    + "who checks the number.");
        }
        if (reason.trim().length() > 1000) {
            throw new UserFacingException(400, "reason: keep it under 1,000 characters.");
        }
        CertificateRevocation.of(certificate.id).ifPresent(earlier -> {
            throw new UserFacingException(409, "Certificate " + certificate.formattedNumber() + " was already revoked by "
                    + earlier.revokedByName + ": " + earlier.reason);
        });
        CertificateRevocation revocation = new CertificateRevocation();
        revocation.certificateId = certificate.id;
        revocation.reason = reason.trim();
        revocation.revokedBy = admin.subject();
        revocation.revokedByName = admin.name();
        revocation.revokedAt = Instant.now();
        try {
            revocation.persistAndFlush();
        } catch (PersistenceException e) {
            throw new UserFacingException(409, "Certificate " + certificate.formattedNumber() + " has just been revoked.");
        }
        audit.record(Audited.of("certificate.revoked").trainee(certificate.traineeSubject).course(certificate.courseId)
                .record("certificate_revocation", certificate.id).with("number", certificate.formattedNumber())
                .with("reason", revocation.reason));
        return revocation;
    }
}

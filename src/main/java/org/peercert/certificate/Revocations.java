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
 * is a new one, and only once an admin allows it (a {@link CertificateReplacement}), at the
 * revocation or later: a certificate revoked for an exam someone else sat must not come back at
 * the trainee's next click.
 */
@ApplicationScoped
@Transactional
public class Revocations {

    private final AuditLog audit;
    private final org.peercert.course.CourseCatalog catalog;
    private final org.peercert.ce.Specialists specialists;

    public Revocations(AuditLog audit, org.peercert.course.CourseCatalog catalog, org.peercert.ce.Specialists specialists) {
        this.audit = audit;
        this.catalog = catalog;
        this.specialists = specialists;
    }

    public CertificateRevocation revoke(Certificate certificate, String reason, boolean allowReplacement, Actor admin) {
        if (reason == null || reason.isBlank()) {
            throw new UserFacingException(400, "reason: say why the certificate is revoked; verification shows it to anyone "
                    + "who checks the number.");
        }
        requireShort(reason);
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
                .with("reason", revocation.reason).with("replacementAllowed", allowReplacement));
        if (allowReplacement) {
            allow(certificate, "Allowed when revoked: " + revocation.reason, admin);
        }
        boolean madeSpecialist = catalog.find(certificate.courseId).map(c -> c.settings().certificate() != null
                && c.settings().certificate().makesSpecialist()).orElse(false);
        if (madeSpecialist) {
            specialists.certificateRevoked(certificate.traineeSubject, certificate.formattedNumber(), revocation.reason, admin);
        }
        return revocation;
    }

    /** Allows a new certificate after a revoked one; 409 unless it is revoked and not yet allowed. */
    public CertificateReplacement allowReplacement(Certificate certificate, String reason, Actor admin) {
        if (reason == null || reason.isBlank()) {
            throw new UserFacingException(400, "reason: say why a new certificate may be issued; it is kept as evidence.");
        }
        requireShort(reason);
        if (CertificateRevocation.of(certificate.id).isEmpty()) {
            throw new UserFacingException(409, "Certificate " + certificate.formattedNumber()
                    + " is not revoked; it is the trainee's certificate, and no other is needed.");
        }
        CertificateReplacement.of(certificate.id).ifPresent(earlier -> {
            throw new UserFacingException(409, "A replacement for certificate " + certificate.formattedNumber()
                    + " was already allowed by " + earlier.allowedByName + ": " + earlier.reason);
        });
        return allow(certificate, reason.trim(), admin);
    }

    private CertificateReplacement allow(Certificate certificate, String reason, Actor admin) {
        CertificateReplacement allowed = new CertificateReplacement();
        allowed.certificateId = certificate.id;
        allowed.reason = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        allowed.allowedBy = admin.subject();
        allowed.allowedByName = admin.name();
        allowed.allowedAt = Instant.now();
        try {
            allowed.persistAndFlush();
        } catch (PersistenceException e) {
            throw new UserFacingException(409, "A replacement for certificate " + certificate.formattedNumber()
                    + " has just been allowed.");
        }
        audit.record(Audited.of("certificate.replacement-allowed").trainee(certificate.traineeSubject)
                .course(certificate.courseId).record("certificate_replacement", allowed.id)
                .with("number", certificate.formattedNumber()).with("reason", allowed.reason));
        return allowed;
    }

    private static void requireShort(String reason) {
        if (reason.trim().length() > 1000) {
            throw new UserFacingException(400, "reason: keep it under 1,000 characters.");
        }
    }
}

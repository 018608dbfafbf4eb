package org.peercert.certificate;

import jakarta.enterprise.context.RequestScoped;
import org.peercert.people.Roles;
import org.peercert.web.CurrentUser;
import org.peercert.web.UserFacingException;

/**
 * Who may download which certificate: the trainee their own, reviewers and admins any. Another
 * trainee's certificate answers 404, exactly like a number that does not exist.
 */
@RequestScoped
public class CertificateAccess {

    private final CurrentUser user;

    public CertificateAccess(CurrentUser user) {
        this.user = user;
    }

    public Certificate visible(String typedNumber) {
        Certificate certificate;
        try {
            certificate = Certificate.byNumber(CertificateNumber.parse(typedNumber)).orElse(null);
        } catch (CertificateNumber.InvalidNumberException e) {
            throw new UserFacingException(404, "There is no such certificate.");
        }
        boolean staff = user.has(Roles.ADMIN) || user.has(Roles.REVIEWER);
        if (certificate == null || !(staff || certificate.traineeSubject.equals(user.subject()))) {
            throw new UserFacingException(404, "There is no such certificate.");
        }
        return certificate;
    }

    public CertificateDocument document(Certificate certificate) {
        return CertificateDocument.findById(certificate.id);
    }
}

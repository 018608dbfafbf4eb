package org.peercert.ce;

import jakarta.enterprise.context.RequestScoped;
import org.peercert.people.Roles;
import org.peercert.web.CurrentUser;
import org.peercert.web.UserFacingException;

/**
 * Who may read whose CE record: a specialist their own; reviewers and admins anyone's. Anything
 * else answers 404, as if the record did not exist.
 */
@RequestScoped
public class CeAccess {

    private final CurrentUser user;

    public CeAccess(CurrentUser user) {
        this.user = user;
    }

    public void requireReadable(String trainee) {
        if (!(trainee.equals(user.subject()) || user.has(Roles.REVIEWER) || user.has(Roles.ADMIN))) {
            throw notFound();
        }
    }

    public OutsideCeClaim readableClaim(long id) {
        OutsideCeClaim claim = OutsideCeClaim.<OutsideCeClaim>findByIdOptional(id).orElseThrow(CeAccess::notFound);
        requireReadable(claim.traineeSubject);
        return claim;
    }

    static UserFacingException notFound() {
        return new UserFacingException(404, "There is no such continuing-education record.");
    }
}

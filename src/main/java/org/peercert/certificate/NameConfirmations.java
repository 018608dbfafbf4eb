package org.peercert.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.peercert.audit.AuditLog;
import org.peercert.audit.Audited;
import org.peercert.people.PeopleDirectory;
import org.peercert.web.UserFacingException;

import java.time.Instant;
import java.util.Optional;

/**
 * The name a trainee's certificates print. It comes from Keycloak (the account's legal name) and
 * the trainee confirms it before the first certificate; a changed name is confirmed again. The
 * trainee confirms exactly what Keycloak holds, so a name cannot be typed here, only checked.
 */
@ApplicationScoped
@Transactional
public class NameConfirmations {

    /** The name Keycloak holds now, and the latest confirmation (either may be missing). */
    public record NameStatus(String accountName, NameConfirmation confirmed) {

        public boolean isConfirmed() {
            return confirmed != null && (accountName == null || confirmed.legalName.equals(accountName));
        }

        /** Confirmed once, but the account's name has changed since. */
        public boolean isChanged() {
            return confirmed != null && accountName != null && !confirmed.legalName.equals(accountName);
        }
    }

    private final PeopleDirectory people;
    private final AuditLog audit;

    public NameConfirmations(PeopleDirectory people, AuditLog audit) {
        this.people = people;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NameStatus status(String trainee) {
        return new NameStatus(people.legalName(trainee).orElse(null), NameConfirmation.latest(trainee).orElse(null));
    }

    /** Confirms {@code name}, which must be the name the account holds right now. */
    public NameConfirmation confirm(String trainee, String name) {
        String account = people.legalName(trainee).orElseThrow(() -> new UserFacingException(503,
                "The identity server did not answer, so your name cannot be checked now. Try again in a minute."));
        if (name == null || !account.equals(name.trim())) {
            throw new UserFacingException(409, "legalName: your account's name is \"" + account + "\". Confirm that "
                    + "name, or change it in your account settings first and then confirm the new one.");
        }
        NameConfirmation confirmation = new NameConfirmation();
        confirmation.traineeSubject = trainee;
        confirmation.legalName = account;
        confirmation.confirmedAt = Instant.now();
        confirmation.persist();
        audit.record(Audited.of("certificate.name-confirmed").trainee(trainee).record("name_confirmation", confirmation.id)
                .with("legalName", account));
        return confirmation;
    }

    /** The confirmation a certificate prints from: the latest one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<NameConfirmation> latest(String trainee) {
        return NameConfirmation.latest(trainee);
    }
}

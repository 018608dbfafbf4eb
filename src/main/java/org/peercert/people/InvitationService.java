package org.peercert.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.peercert.audit.AuditLog;
import org.peercert.audit.Audited;
import org.peercert.web.UserFacingException;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;

/**
 * Creates a staff account in Keycloak with exactly the invited role and a one-time password, and
 * records the invitation. The account comes first; if recording fails, the account is removed
 * again, so there is never an account without its record.
 */
@ApplicationScoped
@Transactional
public class InvitationService {

    /** What the admin sees once: the record, and the password to hand over. */
    public record IssuedInvitation(Invitation invitation, String temporaryPassword) {
    }

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(InvitationService.class);
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private final SecureRandom random = new SecureRandom();
    private final PeopleDirectory directory;

    private final AuditLog audit;

    public InvitationService(PeopleDirectory directory, AuditLog audit) {
        this.directory = directory;
        this.audit = audit;
    }

    public IssuedInvitation invite(InvitationForm form, String adminSubject, String adminName) {
        RealmResource realm = directory.realm();
        String password = temporaryPassword();
        String userId;
        try (Response created = realm.users().create(newUser(form, password))) {
            if (created.getStatus() == 409) {
                throw new UserFacingException(409, "An account with the username \"" + form.username()
                        + "\" or the email \"" + form.email() + "\" already exists. Choose another username or email.");
            }
            userId = CreatedResponseUtil.getCreatedId(created);
        }
        try {
            grantOnly(realm, realm.users().get(userId), form.role());
            Invitation invitation = record(form, userId, adminSubject, adminName);
            return new IssuedInvitation(invitation, password);
        } catch (RuntimeException e) {
            try {
                realm.users().get(userId).remove();
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
                LOG.errorf("Keycloak account %s was created but its invitation could not be recorded, and removing it "
                        + "failed too: remove it by hand in the Keycloak console", userId);
            }
            throw e;
        }
    }

    /** Self-registration makes trainees by default; a staff account gets only its own role. */
    private void grantOnly(RealmResource realm, UserResource user, String role) {
        user.roles().realmLevel().add(List.of(realm.roles().get(role).toRepresentation()));
        if (!Roles.TRAINEE.equals(role)) {
            String defaults = "default-roles-" + directory.realmName();
            user.roles().realmLevel().remove(List.of(realm.roles().get(defaults).toRepresentation()));
        }
    }

    private Invitation record(InvitationForm form, String userId, String adminSubject, String adminName) {
        Invitation invitation = new Invitation();
        invitation.username = form.username();
        invitation.email = form.email();
        invitation.legalName = LegalName.of(form.firstName(), form.lastName());
        invitation.role = form.role();
        invitation.keycloakUserId = userId;
        invitation.invitedBy = adminSubject;
        invitation.invitedByName = adminName;
        invitation.invitedAt = Instant.now();
        invitation.persistAndFlush(); // fail here, inside the compensation, not at commit
        audit.record(Audited.of("role.granted").record("invitation", invitation.id).with("username", invitation.username)
                .with("legalName", invitation.legalName).with("role", invitation.role).with("keycloakUserId", userId));
        return invitation;
    }

    private static UserRepresentation newUser(InvitationForm form, String password) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(form.username());
        user.setEmail(form.email());
        user.setFirstName(form.firstName().trim());
        user.setLastName(form.lastName().trim());
        user.setEnabled(true);
        user.setRequiredActions(List.of("UPDATE_PASSWORD"));
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(true);
        user.setCredentials(List.of(credential));
        return user;
    }

    private String temporaryPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}

package org.peercert.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.UserRepresentation;

import java.util.Optional;

/**
 * Keycloak as the directory of people: the source of legal names and the place where staff
 * accounts are created. Talks to Keycloak's admin API with PeerCert's own service account.
 */
@ApplicationScoped
public class PeopleDirectory {

    private static final Logger LOG = Logger.getLogger(PeopleDirectory.class);

    private final Keycloak keycloak;
    private final String realm;

    public PeopleDirectory(Keycloak keycloak, @ConfigProperty(name = "quarkus.keycloak.admin-client.realm") String realm) {
        this.keycloak = keycloak;
        this.realm = realm;
    }

    /**
     * The legal name Keycloak holds for a person ("first last"), read fresh so that a name changed
     * in the account console shows at once. Empty when the person is unknown or Keycloak is down.
     */
    public Optional<String> legalName(String subject) {
        try {
            UserRepresentation user = realm().users().get(subject).toRepresentation();
            return Optional.of(LegalName.of(user.getFirstName(), user.getLastName()));
        } catch (NotFoundException e) {
            return Optional.empty();
        } catch (ProcessingException | WebApplicationException e) {
            LOG.warnf("Keycloak did not answer for a legal name (%s); showing the name from the login token", e.getMessage());
            return Optional.empty();
        }
    }

    /** The email address Keycloak holds for a person; empty when unknown or Keycloak is down. */
    public Optional<String> email(String subject) {
        try {
            return Optional.ofNullable(realm().users().get(subject).toRepresentation().getEmail()).filter(e -> !e.isBlank());
        } catch (NotFoundException e) {
            return Optional.empty();
        } catch (ProcessingException | WebApplicationException e) {
            LOG.warnf("Keycloak did not answer for an email address (%s)", e.getMessage());
            return Optional.empty();
        }
    }

    /** The subject of the account with exactly this username, if there is one. */
    public Optional<String> subjectOf(String username) {
        try {
            return realm().users().searchByUsername(username, true).stream().findFirst().map(UserRepresentation::getId);
        } catch (ProcessingException | WebApplicationException e) {
            throw new org.peercert.web.UserFacingException(503, "The identity server did not answer; try again in a minute.");
        }
    }

    /** Whether the person holds a realm role, composite roles included; false when unknown. */
    public boolean hasRole(String subject, String role) {
        try {
            return realm().users().get(subject).roles().realmLevel().listEffective().stream()
                    .anyMatch(r -> role.equals(r.getName()));
        } catch (NotFoundException e) {
            return false;
        } catch (ProcessingException | WebApplicationException e) {
            throw new org.peercert.web.UserFacingException(503, "The identity server did not answer; try again in a minute.");
        }
    }

    String realmName() {
        return realm;
    }

    RealmResource realm() {
        return keycloak.realm(realm);
    }
}

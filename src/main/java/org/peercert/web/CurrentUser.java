package org.peercert.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.peercert.people.Actor;
import org.peercert.people.Roles;

import java.util.List;

/**
 * Who is asking, for templates ({@code {inject:currentUser}}) and resources. Names come from the
 * ID token for pages and from the access token for the API; both are issued by Keycloak.
 */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;

    @Inject
    public CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isLoggedIn() {
        return !identity.isAnonymous();
    }

    /** The OIDC subject: the stable key of a person in PeerCert. */
    public String subject() {
        return token() == null ? null : token().getSubject();
    }

    public String username() {
        return isLoggedIn() ? identity.getPrincipal().getName() : null;
    }

    /** The display name from the token, falling back to the username. */
    public String displayName() {
        JsonWebToken token = token();
        if (token == null) {
            return null;
        }
        String name = token.getClaim("name");
        return name == null || name.isBlank() ? username() : name;
    }

    /** The caller as recorded on evidence: subject and display name. */
    public Actor actor() {
        return new Actor(subject(), displayName());
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    /** The caller's PeerCert roles, in navigation order. */
    public List<String> roles() {
        return Roles.ALL.stream().filter(identity::hasRole).toList();
    }

    private JsonWebToken token() {
        return identity.getPrincipal() instanceof JsonWebToken jwt ? jwt : null;
    }
}

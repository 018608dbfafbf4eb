package org.peercert.web;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses to start without LMS_SESSION_SECRET. Without it Quarkus falls back to keys derived
 * from the client secret, or to a random key per process for the login's state cookie, and a
 * login begun on one node fails on another; so production must set it, the same on every node.
 */
@ApplicationScoped
class SessionSecret {

    static final int MIN_LENGTH = 32;

    void check(@Observes StartupEvent start) {
        for (String key : new String[] {"quarkus.oidc.token-state-manager.encryption-secret",
                "quarkus.oidc.authentication.state-secret"}) {
            String secret = ConfigProvider.getConfig().getOptionalValue(key, String.class).orElse("");
            if (secret.length() < MIN_LENGTH) {
                throw new IllegalStateException("Set LMS_SESSION_SECRET (" + MIN_LENGTH + " characters or more, the same on "
                        + "every node): session and login cookies are encrypted with it");
            }
        }
    }
}

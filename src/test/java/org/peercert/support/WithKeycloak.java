package org.peercert.support;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Declares the real Keycloak for every Quarkus test (restrictToAnnotatedClass = false makes it
 * global), so no test class has to remember it.
 */
@QuarkusTestResource(value = KeycloakServer.class, restrictToAnnotatedClass = false)
public final class WithKeycloak {
    private WithKeycloak() {
    }
}

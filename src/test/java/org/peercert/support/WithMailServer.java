package org.peercert.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Declares the real SMTP server for every Quarkus test, like {@link WithKeycloak}. */
@QuarkusTestResource(value = MailServer.class, restrictToAnnotatedClass = false)
public final class WithMailServer {
    private WithMailServer() {
    }
}

package org.peercert.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.peercert.config.LmsConfig;

import java.net.URI;

/**
 * Security headers on every page and API answer. The Content-Security-Policy allows no inline
 * script; forms may post only to PeerCert and to the identity server (login and logout).
 * Quarkus' own tools under /q/ (Swagger UI) are left alone: they rely on inline script.
 */
@ApplicationScoped
public class SecurityHeaders {

    private final String contentSecurityPolicy;

    public SecurityHeaders(LmsConfig config) {
        URI identity = URI.create(config.identityRealmUrl());
        String identityOrigin = identity.getScheme() + "://" + identity.getAuthority();
        this.contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
                + "form-action 'self' " + identityOrigin;
    }

    void register(@Observes Filters filters) {
        filters.register(ctx -> {
            if (!ctx.normalizedPath().startsWith("/q/")) {
                ctx.response().putHeader("Content-Security-Policy", contentSecurityPolicy);
            }
            ctx.response().putHeader("X-Content-Type-Options", "nosniff");
            ctx.response().putHeader("Referrer-Policy", "same-origin");
            ctx.response().putHeader("X-Frame-Options", "DENY");
            ctx.next();
        }, 100);
    }
}

package org.peercert.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Before a new login is sent to Keycloak, checks that Keycloak answers. If it does not, the
 * person gets PeerCert's own page saying so (people already signed in keep working, public
 * verification too) instead of the browser's "site can't be reached". The answer is remembered
 * for a moment, so that many logins at once cost one check.
 */
@ApplicationScoped
public class IdentityServerWatch {

    static final String UNAVAILABLE_PAGE = "/sign-in-unavailable";
    /** A "down" is remembered longer than an "up": a queue of logins during an outage costs one check. */
    private static final Duration REMEMBER_UP = Duration.ofSeconds(1);
    private static final Duration REMEMBER_DOWN = Duration.ofSeconds(5);

    private final URI discovery;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile long checkedAt;
    private volatile boolean reachable = true;

    public IdentityServerWatch(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String realm) {
        this.discovery = URI.create(realm.replaceAll("/$", "") + "/.well-known/openid-configuration");
    }

    void register(@Observes Filters filters) {
        filters.register(ctx -> {
            if (!"/login".equals(ctx.normalizedPath()) || ctx.request().getCookie("q_session") != null) {
                ctx.next();
                return;
            }
            reachable().whenComplete((up, failure) -> ctx.vertx().runOnContext(v -> {
                if (Boolean.TRUE.equals(up)) {
                    ctx.next();
                } else {
                    ctx.redirect(UNAVAILABLE_PAGE);
                }
            }));
        }, 50);
    }

    /** Whether Keycloak answered its discovery document lately. */
    CompletableFuture<Boolean> reachable() {
        long now = System.nanoTime();
        if (now - checkedAt < (reachable ? REMEMBER_UP : REMEMBER_DOWN).toNanos()) {
            return CompletableFuture.completedFuture(reachable);
        }
        HttpRequest request = HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(3)).GET().build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> remember(now, failure == null && response.statusCode() == 200));
    }

    private boolean remember(long at, boolean up) {
        reachable = up;
        checkedAt = at;
        return up;
    }
}

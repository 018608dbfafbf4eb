package org.peercert.web;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.peercert.support.CodeFlowSession;
import org.peercert.support.DemoUser;
import org.peercert.support.TcpProxy;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keycloak goes away (the real one, reached through a relay that the test stops): people already
 * signed in keep working, public pages keep working, and a new login gets PeerCert's own page
 * saying sign-in is unavailable, until Keycloak is back.
 */
@QuarkusTest
@TestProfile(KeycloakDownTest.ThroughRelay.class)
class KeycloakDownTest {

    static final TcpProxy RELAY = new TcpProxy(TcpProxy.freePort(), 8180);

    /** PeerCert reaches Keycloak only through the relay; so does the test's browser-like client. */
    public static class ThroughRelay implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String realm = "http://localhost:" + RELAY.port() + "/realms/peercert";
            return Map.of("quarkus.oidc.auth-server-url", realm, "lms.identity-realm-url", realm,
                    "quarkus.keycloak.admin-client.server-url", "http://localhost:" + RELAY.port());
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(RelayUp.class));
        }
    }

    /** Starts the relay before PeerCert starts, so it finds Keycloak at start-up. */
    public static class RelayUp implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            RELAY.start();
            return Map.of();
        }

        @Override
        public void stop() {
            RELAY.stop();
        }
    }

    @TestHTTPResource("/")
    URL root;

    private final HttpClient noRedirects = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void signedInPeopleAndPublicPagesKeepWorkingAndNewLoginsAreToldWhy() throws Exception {
        CodeFlowSession trainee = CodeFlowSession.login(root, DemoUser.TRAINEE1);
        assertEquals(200, trainee.get("/trainee").statusCode());

        RELAY.stop();
        Thread.sleep(1_200); // the watch remembers a "Keycloak is up" for a second
        try {
            assertEquals(200, trainee.get("/trainee").statusCode(), "a signed-in trainee keeps working");
            assertEquals(200, get("/courses", null).statusCode(), "the catalog is public");
            HttpResponse<String> login = get("/login", null);
            assertEquals(302, login.statusCode());
            assertEquals("/sign-in-unavailable", login.headers().firstValue("Location").orElse(""));
            HttpResponse<String> page = get("/sign-in-unavailable", null);
            assertEquals(503, page.statusCode());
            assertTrue(page.body().contains("identity server") && page.body().contains("already signed in"), page.body());
        } finally {
            RELAY.start();
        }
        Thread.sleep(5_500); // and a "Keycloak is down" for five
        HttpResponse<String> back = get("/login", null);
        assertEquals(302, back.statusCode());
        assertTrue(back.headers().firstValue("Location").orElse("").contains("/protocol/openid-connect/auth"),
                "with Keycloak back, a login goes to Keycloak again");
    }

    private HttpResponse<String> get(String path, String cookies) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root.toString().replaceAll("/$", "") + path));
        if (cookies != null) {
            request.header("Cookie", cookies);
        }
        return noRedirects.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}

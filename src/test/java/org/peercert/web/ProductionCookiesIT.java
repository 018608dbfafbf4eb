package org.peercert.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peercert.support.KeycloakServer;
import org.peercert.support.PackagedApp;
import org.peercert.support.PrivateMariaDb;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PeerCert as it ships (the packaged jar in its production profile, with a signing key of its
 * own): every cookie it sets, the login's state cookie and the CSRF token's alike, is Secure,
 * HttpOnly and SameSite.
 */
class ProductionCookiesIT {

    private static PrivateMariaDb db;
    private static PackagedApp app;

    @BeforeAll
    static void start() throws Exception {
        KeycloakServer.ensureRunning();
        Path keystore = Files.createDirectories(Path.of("target/it")).resolve("prod-signing.p12").toAbsolutePath();
        Files.deleteIfExists(keystore);
        int made = new ProcessBuilder("keytool", "-genkeypair", "-alias", "peercert", "-keyalg", "RSA", "-keysize", "2048",
                "-dname", "CN=PeerCert Test Provider", "-validity", "30", "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", "prod-test-pass").inheritIO().start().waitFor();
        assertTrue(made == 0, "keytool made the signing key");
        db = PrivateMariaDb.start();
        app = PackagedApp.start("production-cookies", "prod", Map.of(
                "LMS_DB_URL", db.jdbcUrl("peercert"),
                "LMS_OIDC_SECRET", "peercert-demo-secret",
                "LMS_CHECK_IN_SECRET", "production-cookies-test",
                "LMS_SESSION_SECRET", "production-cookies-test-session-secret",
                "LMS_PROVIDER_APPROVAL_NUMBER", "KY-TEST-0001",
                "LMS_CERTIFICATES_KEYSTORE", keystore.toString(),
                "LMS_CERTIFICATES_KEYSTORE_PASSWORD", "prod-test-pass"));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    void everyCookieIsSecureHttpOnlyAndSameSite() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        List<String> cookies = new java.util.ArrayList<>();
        for (String path : List.of("/trainee", "/verify", "/courses")) {
            HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(URI.create(app.url() + path)).build(),
                    HttpResponse.BodyHandlers.discarding());
            cookies.addAll(answer.headers().allValues("set-cookie"));
        }
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("q_auth")), "the login's state cookie: " + cookies);
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("csrf-token")), "the CSRF token's cookie: " + cookies);
        for (String cookie : cookies) {
            String flags = cookie.toLowerCase();
            assertTrue(flags.contains("; secure"), "Secure: " + cookie);
            assertTrue(flags.contains("; httponly"), "HttpOnly: " + cookie);
            assertTrue(flags.contains("; samesite=lax") || flags.contains("; samesite=strict"), "SameSite: " + cookie);
            assertFalse(flags.contains("samesite=none"), cookie);
        }
    }
}

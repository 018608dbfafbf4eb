package org.peercert.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The real Keycloak for the tests: reuses one already listening on port 8180, or starts the
 * unpacked distribution with docker/keycloak/start-dev.sh (the same script as the run command)
 * and stops it when the test JVM ends. Several Quarkus test profiles restart the application;
 * Keycloak is started once for them all.
 */
public class KeycloakServer implements QuarkusTestResourceLifecycleManager {

    public static final String URL = "http://localhost:8180";
    public static final String REALM_URL = URL + "/realms/peercert";
    private static final Duration START_LIMIT = Duration.ofMinutes(4);
    private static Process process;

    @Override
    public Map<String, String> start() {
        ensureRunning();
        return Map.of();
    }

    @Override
    public void stop() {
        // Left running for the next test profile; the shutdown hook stops it with the JVM.
    }

    public static synchronized void ensureRunning() {
        if (isUp()) {
            return;
        }
        try {
            Path log = Files.createDirectories(Path.of("target")).resolve("keycloak-test.log");
            process = new ProcessBuilder("bash", "docker/keycloak/start-dev.sh")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(KeycloakServer::stopStarted));
            waitUntilUp(log);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start Keycloak with docker/keycloak/start-dev.sh", e);
        }
    }

    private static void waitUntilUp(Path log) {
        Instant deadline = Instant.now().plus(START_LIMIT);
        while (!isUp()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Keycloak did not start; see " + log.toAbsolutePath());
            }
            sleep();
        }
    }

    private static boolean isUp() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(REALM_URL + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(2)).build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void stopStarted() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

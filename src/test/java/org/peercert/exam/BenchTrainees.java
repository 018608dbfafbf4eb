package org.peercert.exam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.peercert.support.KeycloakServer;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

/**
 * The benchmark's trainees: real accounts in the real Keycloak, created once through its admin
 * API with PeerCert's own service account (as staff invitations do) and kept for later runs,
 * each with a real access token from a password grant, refreshed with its refresh token before
 * it expires, as a long-running client would.
 */
final class BenchTrainees {

    static final String PASSWORD = "bench-peercert";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One trainee's account and current tokens. */
    static final class Trainee {
        final String username;
        final AtomicReference<String> access = new AtomicReference<>();
        volatile String refresh;
        volatile long obtainedAt;

        Trainee(String username) {
            this.username = username;
        }

        String token() {
            return access.get();
        }
    }

    private BenchTrainees() {
    }

    static String username(int i) {
        return String.format("bench-trainee-%04d", i + 1);
    }

    /** Creates the accounts that are missing; returns how many it created. */
    static int ensureAccounts(Keycloak keycloak, int count, int parallel) {
        var users = keycloak.realm("peercert").users();
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<CompletableFuture<Integer>> made = IntStream.range(0, count).mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                String name = username(i);
                if (!users.searchByUsername(name, true).isEmpty()) {
                    return 0;
                }
                try (Response created = users.create(account(name, i))) {
                    if (created.getStatus() != 201 && created.getStatus() != 409) {
                        throw new IllegalStateException("Keycloak refused " + name + ": " + created.getStatus());
                    }
                    return created.getStatus() == 201 ? 1 : 0;
                }
            }, pool)).toList();
            return made.stream().mapToInt(CompletableFuture::join).sum();
        } finally {
            pool.shutdown();
        }
    }

    private static UserRepresentation account(String name, int i) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(name);
        user.setEmail(name + "@bench.example.org");
        user.setEmailVerified(true);
        user.setFirstName("Bench");
        user.setLastName(String.format("Trainee %04d", i + 1));
        user.setEnabled(true);
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(PASSWORD);
        credential.setTemporary(false);
        user.setCredentials(List.of(credential));
        return user;
    }

    /** Logs every trainee in (password grant of the demo-only CLI client), {@code parallel} at a time. */
    static List<Trainee> login(HttpClient http, int count, int parallel) {
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<CompletableFuture<Trainee>> logins = IntStream.range(0, count).mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                Trainee t = new Trainee(username(i));
                grant(http, t, "grant_type=password&client_id=peercert-cli&username=" + t.username + "&password=" + PASSWORD);
                return t;
            }, pool)).toList();
            return logins.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdown();
        }
    }

    /** Refreshes the trainee's token with its refresh token (no password hashing on Keycloak). */
    static void refresh(HttpClient http, Trainee t) {
        grant(http, t, "grant_type=refresh_token&client_id=peercert-cli&refresh_token="
                + URLEncoder.encode(t.refresh, StandardCharsets.UTF_8));
    }

    private static void grant(HttpClient http, Trainee t, String form) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(KeycloakServer.REALM_URL + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    JsonNode tokens = JSON.readTree(answer.body());
                    t.access.set(tokens.get("access_token").asText());
                    t.refresh = tokens.get("refresh_token").asText();
                    t.obtainedAt = System.currentTimeMillis();
                    return;
                }
                if (attempt == 3) {
                    throw new IllegalStateException("No token for " + t.username + ": " + answer.statusCode() + " " + answer.body());
                }
            } catch (IOException e) {
                if (attempt == 3) {
                    throw new IllegalStateException(e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}

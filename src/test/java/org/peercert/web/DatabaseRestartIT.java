package org.peercert.web;

import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peercert.support.DemoUser;
import org.peercert.support.KeycloakServer;
import org.peercert.support.PackagedApp;
import org.peercert.support.PrivateMariaDb;
import org.peercert.support.TraineeAccount;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * MariaDB is restarted while people keep working (an admin recording hours, a trainee reading
 * the ledger). While it is away every request is answered 503 with a plain sentence and no trace;
 * the service recovers by itself within seconds; and every change it acknowledged is still there.
 * A change whose commit the restart cut off is answered "not confirmed": MariaDB may have stored it
 * before it closed the connection (a stress run of 12 restarts stored 4 of 6 such changes), so those
 * alone may be in the ledger without having been acknowledged.
 */
class DatabaseRestartIT {

    private static final String COURSE = "ce-ethics-boundaries";
    private static final TraineeAccount TRAINEE = new TraineeAccount("restart-trainee", "Jamie", "Holbrook");
    private static PrivateMariaDb db;
    private static PackagedApp app;

    @BeforeAll
    static void start() {
        KeycloakServer.ensureRunning();
        db = PrivateMariaDb.start();
        app = PackagedApp.start("database-restart", db.jdbcUrl("peercert"));
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
    void requestsFailCleanlyWhileTheDatabaseRestartsAndNothingAcknowledgedIsLost() throws Exception {
        String trainee = TRAINEE.ensure().accessToken();
        String admin = DemoUser.ADMIN1.accessToken();
        String subject = given().baseUri(app.url()).auth().oauth2(trainee).get("/api/me").then().extract().path("subject");
        given().baseUri(app.url()).auth().oauth2(trainee).contentType("application/json").body(Map.of("courseId", COURSE))
                .post("/api/enrolments").then().statusCode(201);

        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        java.util.concurrent.atomic.AtomicInteger unconfirmed = new java.util.concurrent.atomic.AtomicInteger();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> badAnswers = new ArrayList<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService people = Executors.newFixedThreadPool(2);
        people.submit(() -> work(running, () -> {
            Response r = given().baseUri(app.url()).auth().oauth2(admin).contentType("application/json")
                    .body(Map.of("competencyId", "ethical-principles", "minutes", 1, "reason", "restart test"))
                    .post("/api/trainees/" + subject + "/ledger/" + COURSE + "/adjustments");
            if (r.statusCode() == 201) {
                acknowledged.add(r.jsonPath().getLong("id"));
            } else if (r.statusCode() == 503 && r.asString().contains("not confirmed")) {
                unconfirmed.incrementAndGet();
            }
            return r;
        }, statuses, badAnswers));
        people.submit(() -> work(running, () -> given().baseUri(app.url()).auth().oauth2(trainee)
                .get("/api/trainees/" + subject + "/ledger/" + COURSE), statuses, badAnswers));

        Thread.sleep(2_000);
        db.stop();
        Thread.sleep(4_000);
        db.startServer();
        Instant back = Instant.now();
        Instant recovered = waitForRecovery(admin, subject);
        Thread.sleep(1_000);
        running.set(false);
        people.shutdown();
        people.awaitTermination(30, TimeUnit.SECONDS);

        long seconds = Duration.between(back, recovered).toSeconds();
        System.out.printf("database restart: answers by status %s (%d unconfirmed); recovered %d s after MariaDB was back%n",
                statuses, unconfirmed.get(), seconds);
        assertTrue(badAnswers.isEmpty(), "answers that were not clean: " + badAnswers);
        assertTrue(statuses.getOrDefault(503, 0) > 0, "requests while the database was away were answered 503: " + statuses);
        assertTrue(seconds <= 15, "recovered " + seconds + " s after MariaDB came back");
        List<Long> ledger = given().baseUri(app.url()).auth().oauth2(admin).get("/api/trainees/" + subject + "/ledger/" + COURSE)
                .then().statusCode(200).extract().jsonPath().getList("entries.id", Long.class);
        assertTrue(ledger.containsAll(acknowledged), "every acknowledged line is in the ledger: "
                + acknowledged.size() + " acknowledged, " + ledger.size() + " in the ledger");
        assertTrue(ledger.size() - acknowledged.size() <= unconfirmed.get(), "no line that was refused, only unconfirmed ones: "
                + acknowledged.size() + " acknowledged, " + unconfirmed.get() + " unconfirmed, " + ledger.size() + " in the ledger");
    }

    /** Sends requests in a loop; anything other than success or a clean 503 is a bad answer. */
    private static void work(AtomicBoolean running, java.util.function.Supplier<Response> request, Map<Integer, Integer> statuses,
                             List<String> badAnswers) {
        while (running.get()) {
            Response r = request.get();
            synchronized (statuses) {
                statuses.merge(r.statusCode(), 1, Integer::sum);
            }
            boolean ok = r.statusCode() == 200 || r.statusCode() == 201;
            boolean clean503 = r.statusCode() == 503 && r.contentType().startsWith("application/problem+json")
                    && r.asString().contains("database") && !r.asString().contains("Exception");
            if (!ok && !clean503) {
                synchronized (badAnswers) {
                    badAnswers.add(r.statusCode() + " " + r.asString());
                }
            }
            PackagedApp.pause(Duration.ofMillis(100));
        }
    }

    private static Instant waitForRecovery(String admin, String subject) {
        Instant limit = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(limit)) {
            if (given().baseUri(app.url()).auth().oauth2(admin).get("/api/trainees/" + subject + "/ledger/" + COURSE).statusCode() == 200) {
                return Instant.now();
            }
            PackagedApp.pause(Duration.ofMillis(200));
        }
        return Instant.now();
    }
}

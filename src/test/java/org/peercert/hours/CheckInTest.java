package org.peercert.hours;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.peercert.support.DemoUser;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** Checking in with the instructor's rotating code: right code, right roster, right time, few guesses. */
@QuarkusTest
class CheckInTest {

    private static final String CORE = "ky-tcm-core";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aTraineeOnTheRosterChecksInWithTheCodeShownNow() {
        String trainee = LedgerTest.enrolled(DemoUser.TRAINEE1);
        long session = schedule(trainee, Instant.now().minus(Duration.ofMinutes(10)), Duration.ofHours(2));
        String code = given().auth().oauth2(DemoUser.INSTRUCTOR1.accessToken())
                .get("/api/live-sessions/session/" + session + "/code").then().statusCode(200)
                .body("changesAt", notNullValue()).extract().path("code");
        checkIn(DemoUser.TRAINEE1, session, code, "in").then().statusCode(201).body("accepted", equalTo(true));
        checkIn(DemoUser.TRAINEE1, session, code, "out").then().statusCode(201);
        checkIn(DemoUser.TRAINEE2, session, code, "in").then().statusCode(404);
        given().auth().oauth2(DemoUser.TRAINEE1.accessToken()).get("/api/live-sessions/session/" + session + "/code")
                .then().statusCode(403);
    }

    @Test
    void guessingIsCutOffWithRetryAfter() {
        String trainee = LedgerTest.enrolled(DemoUser.TRAINEE1);
        long session = schedule(trainee, Instant.now().minus(Duration.ofMinutes(5)), Duration.ofHours(1));
        for (int i = 0; i < 5; i++) {
            checkIn(DemoUser.TRAINEE1, session, "000000", "in").then().statusCode(anyOf400or201())
                    .body("detail", containsString("not the code"));
        }
        checkIn(DemoUser.TRAINEE1, session, "111111", "in").then().statusCode(429).header("Retry-After", notNullValue());
    }

    @Test
    void codesWorkOnlyWhileTheSessionRuns() {
        String trainee = LedgerTest.enrolled(DemoUser.TRAINEE1);
        long later = schedule(trainee, Instant.now().plus(Duration.ofDays(1)), Duration.ofHours(1));
        String code = given().auth().oauth2(DemoUser.INSTRUCTOR1.accessToken())
                .get("/api/live-sessions/session/" + later + "/code").then().extract().path("code");
        checkIn(DemoUser.TRAINEE1, later, code, "in").then().statusCode(409);
    }

    @Test
    void checkInsThenCheckOutsAreCreditedAtClosure() throws Exception {
        String trainee = LedgerTest.enrolled(DemoUser.TRAINEE1);
        Instant start = Instant.now().minus(Duration.ofHours(3));
        long session = schedule(trainee, start, Duration.ofHours(2));
        insertCheckIn(session, trainee, "in", start.plus(Duration.ofMinutes(10)));
        insertCheckIn(session, trainee, "out", start.plus(Duration.ofMinutes(70)));
        given().auth().oauth2(DemoUser.INSTRUCTOR1.accessToken()).contentType("application/json").body("{}")
                .post("/api/live-sessions/session/" + session + "/closure").then().statusCode(200)
                .body("minutes", hasItem(60))
                .body("evidence[0]", containsString("check-in code"));
    }

    private long schedule(String trainee, Instant start, Duration length) {
        return ((Number) given().auth().oauth2(DemoUser.INSTRUCTOR1.accessToken()).contentType("application/json")
                .body(Map.of("competencyId", "role-of-case-management", "title", "Case review", "startsAt", start.toString(),
                        "endsAt", start.plus(length).toString(), "format", "in-person", "location", "Room 1, Frankfort",
                        "rosterSubjects", List.of(trainee)))
                .post("/api/live-sessions/" + CORE).then().statusCode(201).extract().path("session.id")).longValue();
    }

    private static io.restassured.response.Response checkIn(DemoUser who, long session, String code, String direction) {
        return given().auth().oauth2(who.accessToken()).contentType("application/json")
                .body(Map.of("code", code, "direction", direction))
                .post("/api/live-sessions/session/" + session + "/check-in");
    }

    private void insertCheckIn(long session, String trainee, String direction, Instant at) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO check_in (session_id, trainee_subject, direction, accepted, at) VALUES (?, ?, ?, true, ?)")) {
            insert.setLong(1, session);
            insert.setString(2, trainee);
            insert.setString(3, direction);
            insert.setTimestamp(4, Timestamp.from(at));
            insert.executeUpdate();
        }
    }

    private static org.hamcrest.Matcher<Integer> anyOf400or201() {
        return equalTo(400);
    }
}

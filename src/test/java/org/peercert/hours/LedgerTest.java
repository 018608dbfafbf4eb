package org.peercert.hours;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.peercert.support.DemoUser;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Enrolment, a live session with partial attendance, and the ledger it feeds, with real tokens:
 * who may read and correct which ledger, and that no line can be changed afterwards.
 */
@QuarkusTest
class LedgerTest {

    private static final String CORE = "ky-tcm-core";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aLiveSessionPostsPartialCreditByCompetencyOnce() {
        String trainee = enrolled(DemoUser.TRAINEE1);
        String instructor = DemoUser.INSTRUCTOR1.accessToken();
        Instant start = Instant.now().minus(Duration.ofHours(4));
        long session = ((Number) given().auth().oauth2(instructor).contentType("application/json")
                .body(Map.of("competencyId", "engaging-consumers", "title", "OARS practice", "startsAt", start.toString(),
                        "endsAt", start.plus(Duration.ofHours(3)).toString(), "format", "in-person",
                        "location", "Room 2, Lexington", "rosterSubjects", List.of(trainee)))
                .post("/api/live-sessions/" + CORE).then().statusCode(201)
                .extract().path("session.id")).longValue();

        given().auth().oauth2(instructor).contentType("application/json")
                .body(Map.of("traineeSubject", trainee, "joinedAt", start.plus(Duration.ofMinutes(20)).toString(),
                        "leftAt", start.plus(Duration.ofHours(4)).toString()))
                .post("/api/live-sessions/session/" + session + "/attendance").then().statusCode(201);
        given().auth().oauth2(instructor).contentType("application/json").body("{}")
                .post("/api/live-sessions/session/" + session + "/closure").then()
                .statusCode(200)
                .body("[0].minutes", equalTo(160))
                .body("[0].competencyId", equalTo("engaging-consumers"))
                .body("[0].evidence", containsString("session #" + session));

        given().auth().oauth2(instructor).contentType("application/json").body("{}")
                .post("/api/live-sessions/session/" + session + "/closure").then()
                .statusCode(409);
        given().auth().oauth2(instructor).contentType("application/json")
                .body(Map.of("traineeSubject", trainee, "joinedAt", start.toString(), "leftAt", start.plusSeconds(60).toString()))
                .post("/api/live-sessions/session/" + session + "/attendance").then().statusCode(409);

        given().auth().oauth2(DemoUser.TRAINEE1.accessToken()).get("/api/trainees/" + trainee + "/ledger/" + CORE).then()
                .statusCode(200)
                .body("progress.competencies.find { it.id == 'engaging-consumers' }.earnedMinutes", greaterThanOrEqualTo(160))
                .body("entries.liveSessionId", hasItem((int) session));
    }

    @Test
    void aTraineeCannotReadAnotherTraineesLedger() {
        String trainee = enrolled(DemoUser.TRAINEE1);
        given().auth().oauth2(DemoUser.TRAINEE2.accessToken()).get("/api/trainees/" + trainee + "/ledger/" + CORE).then()
                .statusCode(404).contentType("application/problem+json");
        for (DemoUser staff : List.of(DemoUser.REVIEWER1, DemoUser.ADMIN1)) {
            given().auth().oauth2(staff.accessToken()).get("/api/trainees/" + trainee + "/ledger/" + CORE).then().statusCode(200);
        }
        given().get("/api/trainees/" + trainee + "/ledger/" + CORE).then().statusCode(401);
    }

    @Test
    void anInstructorSeesOnlyTheTraineesOnTheirOwnRosters() {
        String trainee = enrolled(DemoUser.TRAINEE2);
        String path = "/api/trainees/" + trainee + "/ledger/" + CORE;
        String instructor = DemoUser.INSTRUCTOR1.accessToken();
        // trainee2 is on no roster of instructor1 until this test puts them on one (the test database starts empty)
        given().auth().oauth2(instructor).get(path).then().statusCode(404);
        Instant start = Instant.now().plus(Duration.ofDays(3));
        given().auth().oauth2(instructor).contentType("application/json")
                .body(Map.of("competencyId", "crisis-management", "title", "De-escalation lab", "startsAt", start.toString(),
                        "endsAt", start.plus(Duration.ofHours(2)).toString(), "format", "live-video",
                        "videoLink", "https://video.example.org/room/7", "rosterSubjects", List.of(trainee)))
                .post("/api/live-sessions/" + CORE).then().statusCode(201);
        given().auth().oauth2(instructor).get(path).then().statusCode(200);
    }

    @Test
    void onlyAdminsCorrectAndACorrectionNeedsAReason() {
        String trainee = enrolled(DemoUser.TRAINEE1);
        String path = "/api/trainees/" + trainee + "/ledger/" + CORE + "/adjustments";
        Map<String, Object> correction = Map.of("competencyId", "crisis-management", "minutes", 30,
                "reason", "Attended the March make-up session; sign-in sheet on file");
        for (DemoUser notAdmin : List.of(DemoUser.TRAINEE1, DemoUser.INSTRUCTOR1, DemoUser.REVIEWER1)) {
            given().auth().oauth2(notAdmin.accessToken()).contentType("application/json").body(correction).post(path)
                    .then().statusCode(403);
        }
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).contentType("application/json")
                .body(Map.of("competencyId", "crisis-management", "minutes", 30, "reason", " ")).post(path)
                .then().statusCode(400).body("detail", containsString("reason"));
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).contentType("application/json").body(correction).post(path)
                .then().statusCode(201).body("source", equalTo("adjustment")).body("recordedByName", equalTo("Pat Lindqvist"));
    }

    @Test
    void aSpecialtyNeedsTheCoreFirst() {
        given().auth().oauth2(DemoUser.TRAINEE2.accessToken()).contentType("application/json")
                .body(Map.of("courseId", "ky-tcm-smi")).post("/api/enrolments").then()
                .statusCode(409).body("detail", containsString("Kentucky Targeted Case Management Core Training"));
    }

    @Test
    void aCourseThatNeedsApprovalMakesARequestAnAdminAnswers() {
        given().auth().oauth2(DemoUser.TRAINEE2.accessToken()).contentType("application/json")
                .body(Map.of("courseId", "ky-tcm-core")).post("/api/enrolments").then()
                .statusCode(anyOf202or409());
        given().auth().oauth2(DemoUser.TRAINEE1.accessToken()).get("/api/enrolment-requests").then().statusCode(403);
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).get("/api/enrolment-requests").then().statusCode(200);
    }

    @Test
    void aPostWithoutABodyIsExplained() {
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).post("/api/enrolment-requests/1/approval").then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("send {}"));
    }

    @Test
    void ledgerLinesCannotBeChangedEvenInTheDatabase() throws SQLException {
        enrolled(DemoUser.TRAINEE1);
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            for (String table : List.of("hours_entry", "enrolment", "attendance", "live_session")) {
                SQLException e = assertThrows(SQLException.class, () -> sql.executeUpdate("DELETE FROM " + table));
                assertTrue(e.getMessage().contains("cannot be deleted") || e.getMessage().contains("foreign key"), e.getMessage());
            }
            SQLException update = assertThrows(SQLException.class, () -> sql.executeUpdate("UPDATE hours_entry SET minutes = minutes + 60"));
            assertTrue(update.getMessage().contains("cannot be updated"), update.getMessage());
        }
    }

    /** Enrols the person in the TCM core (request, then an admin's approval) unless already enrolled. */
    static String enrolled(DemoUser trainee) {
        String token = trainee.accessToken();
        String subject = given().auth().oauth2(token).get("/api/me").then().extract().path("subject");
        boolean already = given().auth().oauth2(token).get("/api/enrolments").then().extract()
                .jsonPath().getList("courseId").contains(CORE);
        if (!already) {
            int requestId = given().auth().oauth2(token).contentType("application/json").body(Map.of("courseId", CORE))
                    .post("/api/enrolments").then()
                    .statusCode(202).extract().path("id");
            given().auth().oauth2(DemoUser.ADMIN1.accessToken()).contentType("application/json").body("{}")
                    .post("/api/enrolment-requests/" + requestId + "/approval")
                    .then().statusCode(201).body("legalName", equalTo(trainee.legalName)).body("contentVersion.length()", equalTo(64));
        }
        return subject;
    }

    private static org.hamcrest.Matcher<Integer> anyOf202or409() {
        return org.hamcrest.Matchers.anyOf(equalTo(202), equalTo(409));
    }
}

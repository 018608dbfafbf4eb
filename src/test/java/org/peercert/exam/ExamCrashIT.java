package org.peercert.exam;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peercert.course.Course;
import org.peercert.course.ShippedCourses;
import org.peercert.support.DemoUser;
import org.peercert.support.KeycloakServer;
import org.peercert.support.PackagedApp;
import org.peercert.support.PrivateMariaDb;
import org.peercert.support.TraineeAccount;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The service is killed mid-exam ({@code kill -9} of the packaged jar) while a trainee's answers
 * are being saved. After it starts again, the attempt resumes with every saved answer in place
 * and the same deadline, and can be finished.
 */
class ExamCrashIT {

    private static final String CORE = "ky-tcm-core";
    private static final TraineeAccount TRAINEE = new TraineeAccount("crash-trainee", "Morgan", "Reyes");
    private static PrivateMariaDb db;
    private static PackagedApp app;

    @BeforeAll
    static void start() {
        KeycloakServer.ensureRunning();
        db = PrivateMariaDb.start();
        app = PackagedApp.start("exam-crash", db.jdbcUrl("peercert"));
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
    void aKilledServiceLosesNoSavedAnswerAndKeepsTheDeadline() {
        String token = TRAINEE.ensure().accessToken();
        String subject = api(token).get("/api/me").then().statusCode(200).extract().path("subject");
        readyForTheExam(token, subject);

        JsonPath started = api(token).contentType("application/json").body("{}").post("/api/exams/" + CORE + "/attempts")
                .then().statusCode(201).extract().jsonPath();
        long attempt = started.getLong("id");
        String deadline = started.getString("deadline");
        Course core = ShippedCourses.course(CORE);
        Map<String, Object> saved = new HashMap<>();
        for (Map<String, Object> q : started.<Map<String, Object>>getList("questions").subList(0, 6)) {
            Map<String, Object> answer = RightAnswers.to(core, q);
            api(token).contentType("application/json").body(answer).post("/api/exam-attempts/" + attempt + "/answers")
                    .then().statusCode(200);
            saved.put((String) q.get("id"), answer);
        }

        app.kill();
        app.restart();

        JsonPath resumed = api(token).get("/api/exam-attempts/" + attempt).then().statusCode(200).extract().jsonPath();
        assertEquals(deadline, resumed.getString("deadline"), "the deadline is the server's, and unchanged");
        assertFalse(resumed.getBoolean("finished"));
        assertEquals(saved.size(), resumed.getLong("answeredCount"), "every answer saved before the kill is there");
        for (Map<String, Object> q : resumed.<Map<String, Object>>getList("questions")) {
            if (saved.containsKey(q.get("id"))) {
                org.junit.jupiter.api.Assertions.assertNotNull(q.get("saved"), "the saved answer to " + q.get("prompt"));
            }
        }
        api(token).contentType("application/json").body("{}").post("/api/exam-attempts/" + attempt + "/submission")
                .then().statusCode(200);
    }

    /** Enrolled (request and approval) with every competency's hours recorded by an admin. */
    private static void readyForTheExam(String token, String subject) {
        int request = api(token).contentType("application/json").body(Map.of("courseId", CORE)).post("/api/enrolments")
                .then().statusCode(202).extract().path("id");
        String admin = DemoUser.ADMIN1.accessToken();
        api(admin).contentType("application/json").body("{}").post("/api/enrolment-requests/" + request + "/approval")
                .then().statusCode(201);
        ShippedCourses.course(CORE).competencies().forEach(c -> api(admin).contentType("application/json")
                .body(Map.of("competencyId", c.id(), "minutes", c.hours().intValue() * 60, "reason", "Cohort sessions; sheets on file"))
                .post("/api/trainees/" + subject + "/ledger/" + CORE + "/adjustments").then().statusCode(201));
    }

    private static RequestSpecification api(String token) {
        return given().baseUri(app.url()).auth().oauth2(token);
    }
}

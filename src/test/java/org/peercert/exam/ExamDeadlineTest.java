package org.peercert.exam;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.peercert.support.DemoUser;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peercert.exam.ExamClient.attempt;
import static org.peercert.exam.ExamClient.save;
import static org.peercert.exam.ExamClient.start;
import static org.peercert.exam.ExamClient.token;
import static org.peercert.exam.ExamFixture.CE;

/**
 * The deadline, in real time on the one-minute CE post-test (grace 2 s, sweep 1 s in this
 * profile): the server finalises an attempt at its deadline with the answers saved in time, and
 * refuses later answers; an accommodation granted by an admin lengthens later attempts, beyond
 * the normal limit, and leaves a running attempt as it was.
 */
@QuarkusTest
@TestProfile(ExamProfile.class)
class ExamDeadlineTest {

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL root;

    @Test
    void theDeadlineEndsAnAttemptAndAnAccommodationMovesItForLaterAttemptsOnly() throws InterruptedException {
        ExamClient.enrol(DemoUser.TRAINEE1, CE);
        ExamClient.enrol(DemoUser.TRAINEE2, CE);
        grant("trainee1", 1);
        grant("trainee2", 1);
        finishRunning(DemoUser.TRAINEE1);
        finishRunning(DemoUser.TRAINEE2);

        // trainee2's attempt started before the accommodation keeps its deadline
        JsonPath before = start(DemoUser.TRAINEE2, CE).then().statusCode(201).extract().jsonPath();
        grant("trainee2", 2);
        assertEquals(before.getString("deadline"), attempt(DemoUser.TRAINEE2, before.getLong("id")).getString("deadline"));
        ExamClient.submit(DemoUser.TRAINEE2, before.getLong("id")).then().statusCode(200);

        JsonPath normal = start(DemoUser.TRAINEE1, CE).then().statusCode(201).extract().jsonPath();
        JsonPath extra = start(DemoUser.TRAINEE2, CE).then().statusCode(201).extract().jsonPath();
        assertEquals(Duration.ofMinutes(1), between(normal));
        assertEquals(Duration.ofMinutes(2), between(extra), "twice the time, never clipped to the normal limit");
        long normalId = normal.getLong("id");
        long extraId = extra.getLong("id");
        List<Map<String, Object>> questions = normal.getList("questions");
        save(DemoUser.TRAINEE1, normalId, ExamClient.answerTo(questions.get(0), true)).then().statusCode(200);

        sleepUntil(Instant.parse(normal.getString("deadline")).plusSeconds(2 + 2));
        // nobody touched trainee1's attempt: the sweep has finalised it, as at the deadline
        JsonPath results = given().auth().oauth2(token(DemoUser.ADMIN1)).get("/api/exams/" + CE + "/results").then()
                .statusCode(200).extract().jsonPath();
        assertEquals("deadline", results.getString("attempts.flatten().find { it.id == " + normalId + " }.how"));
        save(DemoUser.TRAINEE1, normalId, ExamClient.answerTo(questions.get(1), true)).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("Answers sent after that are not accepted"));
        given().auth().oauth2(token(DemoUser.TRAINEE1)).get("/api/exam-attempts/" + normalId + "/result").then().statusCode(200)
                .body("how", equalTo("deadline")).body("correct", equalTo(1)).body("questions", equalTo(2))
                .body("answersShown", equalTo(true)).body("review.size()", equalTo(2));
        ExamClient.submit(DemoUser.TRAINEE1, normalId).then().statusCode(200).body("how", equalTo("deadline"));
        // The same late answer from the page's form (no script): the result page says it was not counted.
        org.peercert.support.CodeFlowSession page = org.peercert.support.CodeFlowSession.login(root, DemoUser.TRAINEE1);
        java.net.http.HttpResponse<String> lateForm = page.post("/exam-attempts/" + normalId,
                Map.of("csrf-token", page.csrfToken("/certificates/name"), "action", "save"));
        assertTrue(lateForm.uri().toString().endsWith("/exam-attempts/" + normalId + "/result?late=true"), lateForm.uri().toString());

        // past the normal limit, trainee2's extra time still takes answers
        List<Map<String, Object>> extraQuestions = extra.getList("questions");
        for (Map<String, Object> q : extraQuestions) {
            save(DemoUser.TRAINEE2, extraId, ExamClient.answerTo(q, true)).then().statusCode(200);
        }
        ExamClient.submit(DemoUser.TRAINEE2, extraId).then().statusCode(200).body("how", equalTo("submitted"))
                .body("passed", equalTo(true));
        grant("trainee2", 1);
    }

    private static Duration between(JsonPath attempt) {
        return Duration.between(Instant.parse(attempt.getString("startedAt")), Instant.parse(attempt.getString("deadline")));
    }

    private static void grant(String username, double multiplier) {
        given().auth().oauth2(token(DemoUser.ADMIN1)).contentType("application/json")
                .body(Map.of("username", username, "timeMultiplier", multiplier, "reason", "Exam deadline test"))
                .post("/api/accommodations").then().statusCode(201);
    }

    /** Submits an attempt another test class may have left running, so that this test starts afresh. */
    private static void finishRunning(DemoUser trainee) {
        JsonPath status = given().auth().oauth2(token(trainee)).get("/api/exams/" + CE).then().statusCode(200).extract().jsonPath();
        if ("in-progress".equals(status.getString("state"))) {
            ExamClient.submit(trainee, status.getLong("openAttemptId")).then().statusCode(200);
        }
    }

    private static void sleepUntil(Instant when) throws InterruptedException {
        long ms = Duration.between(Instant.now(), when).toMillis();
        assertTrue(ms < 70_000, "the wait is bounded");
        if (ms > 0) {
            Thread.sleep(ms);
        }
    }
}

package org.peercert.exam;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
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
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peercert.exam.ExamClient.answerAll;
import static org.peercert.exam.ExamClient.attempt;
import static org.peercert.exam.ExamClient.save;
import static org.peercert.exam.ExamClient.start;
import static org.peercert.exam.ExamClient.submit;
import static org.peercert.exam.ExamClient.token;
import static org.peercert.exam.ExamFixture.CERT;

/**
 * A written exam from locked to passed, through the real API with real tokens: eligibility,
 * the stored draw with opaque ids, autosave and resume, idempotent submission, server-side
 * scoring by competency, the wait between attempts, and records the database will not change.
 */
@QuarkusTest
@TestProfile(ExamProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExamAttemptTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    WrittenExams writtenExams;

    @Test
    @Order(1)
    void theExamOpensOnlyToAnEnrolledTraineeWithCompleteHours() {
        start(DemoUser.TRAINEE1, CERT).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("Enrol in"));
        String trainee = ExamClient.enrol(DemoUser.TRAINEE1, CERT);
        given().auth().oauth2(token(DemoUser.TRAINEE1)).get("/api/exams/" + CERT).then().statusCode(200)
                .body("state", equalTo("locked")).body("hoursRemainingMinutes", equalTo(120));
        start(DemoUser.TRAINEE1, CERT).then().statusCode(409)
                .body("detail", containsString("opens when your training hours are complete: 2 h to go"));
        ExamClient.completeHours(trainee, CERT);
        given().auth().oauth2(token(DemoUser.TRAINEE1)).get("/api/exams/" + CERT).then().statusCode(200)
                .body("state", equalTo("open")).body("questionCount", equalTo(6)).body("passPercent", equalTo(80));
    }

    @Test
    @Order(2)
    void anAttemptIsDrawnWithOpaqueIdsAndNoKeys() {
        JsonPath started = start(DemoUser.TRAINEE1, CERT).then().statusCode(201).extract().jsonPath();
        long id = started.getLong("id");
        String body = given().auth().oauth2(token(DemoUser.TRAINEE1)).get("/api/exam-attempts/" + id).then()
                .statusCode(200).extract().asString();
        for (String secret : List.of("correct", "Frankfort", "accept", "a-single", "b-short", "\"answer\"", "explanation", "pairs")) {
            assertFalse(body.contains(secret), "the attempt shows " + secret + ": " + body);
        }
        List<Map<String, Object>> questions = started.getList("questions");
        assertEquals(6, questions.size());
        assertTrue(questions.stream().allMatch(q -> ((String) q.get("id")).length() == 12), "opaque question ids");
        assertTrue(started.getLong("remainingSeconds") > 29 * 60 && started.getLong("remainingSeconds") <= 30 * 60);
        // a second start, a second tab: the same attempt, not a new one
        start(DemoUser.TRAINEE1, CERT).then().statusCode(200).body("id", equalTo((int) id));
    }

    @Test
    @Order(3)
    void everyAnswerIsSavedAndTheAttemptResumesWithThem() {
        long id = openAttempt(DemoUser.TRAINEE1);
        List<Map<String, Object>> questions = attempt(DemoUser.TRAINEE1, id).getList("questions");
        // first a wrong answer to every question, then the right one: the latest counts
        for (Map<String, Object> q : questions) {
            save(DemoUser.TRAINEE1, id, ExamClient.answerTo(q, false)).then().statusCode(200)
                    .body("questionId", equalTo(q.get("id")));
        }
        answerAll(DemoUser.TRAINEE1, id, true);
        JsonPath resumed = attempt(DemoUser.TRAINEE1, id);
        assertEquals(6, resumed.getInt("answeredCount"));
        for (Map<String, Object> q : resumed.<Map<String, Object>>getList("questions")) {
            Map<String, Object> right = ExamClient.answerTo(q, true);
            @SuppressWarnings("unchecked") Map<String, Object> saved = (Map<String, Object>) q.get("saved");
            if (right.containsKey("choices")) {
                assertEquals(new java.util.HashSet<>((List<?>) right.get("choices")), new java.util.HashSet<>((List<?>) saved.get("choices")));
            } else if (right.containsKey("text")) {
                assertEquals(right.get("text"), saved.get("text"));
            } else {
                assertEquals(right.get("matches"), saved.get("matches"));
            }
        }
    }

    @Test
    @Order(4)
    void submittingScoresOnTheServerOnceAndTwiceGivesTheSameResult() {
        long id = openAttempt(DemoUser.TRAINEE1);
        JsonPath first = submit(DemoUser.TRAINEE1, id).then().statusCode(200)
                .body("passed", equalTo(true)).body("correct", equalTo(6)).body("how", equalTo("submitted"))
                .body("byCompetency", hasSize(2)).body("byCompetency.find { it.competencyId == 'beta' }.correct", equalTo(3))
                .body("byCompetency.find { it.competencyId == 'alpha' }.title", equalTo("Alpha Skills"))
                .body("answersShown", equalTo(false)).body("review", hasSize(0))
                .extract().jsonPath();
        JsonPath second = submit(DemoUser.TRAINEE1, id).then().statusCode(200).extract().jsonPath();
        assertEquals(first.getString("finalisedAt"), second.getString("finalisedAt"));
        assertEquals(first.getDouble("scorePercent"), second.getDouble("scorePercent"));
        Map<String, Object> question = attempt(DemoUser.TRAINEE1, id).<Map<String, Object>>getList("questions").get(0);
        save(DemoUser.TRAINEE1, id, ExamClient.answerTo(question, false)).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("submitted at"));
        submit(DemoUser.TRAINEE1, id).then().statusCode(200).body("correct", equalTo(6));
        given().auth().oauth2(token(DemoUser.TRAINEE1)).get("/api/exams/" + CERT).then()
                .body("state", equalTo("passed")).body("passedAttemptId", equalTo((int) id));
        start(DemoUser.TRAINEE1, CERT).then().statusCode(409).body("detail", containsString("You passed"));
    }

    @Test
    @Order(5)
    void laterFeaturesAskWhetherTheExamWasPassed() {
        String trainee = ExamClient.subject(DemoUser.TRAINEE1);
        WrittenExams.Pass pass = writtenExams.passed(trainee, CERT).orElseThrow();
        assertEquals(ExamKind.WRITTEN_EXAM, pass.kind());
        assertEquals(0, pass.scorePercent().compareTo(java.math.BigDecimal.valueOf(100)));
        assertTrue(writtenExams.passed(ExamClient.subject(DemoUser.TRAINEE2), CERT).isEmpty());
    }

    @Test
    @Order(6)
    void aFailedAttemptIsFollowedByTheWaitTheCourseSets() {
        String trainee = ExamClient.enrol(DemoUser.TRAINEE2, CERT);
        ExamClient.completeHours(trainee, CERT);
        long id = start(DemoUser.TRAINEE2, CERT).then().statusCode(201).extract().jsonPath().getLong("id");
        answerAll(DemoUser.TRAINEE2, id, false);
        JsonPath result = submit(DemoUser.TRAINEE2, id).then().statusCode(200).body("passed", equalTo(false))
                .body("correct", equalTo(0)).extract().jsonPath();
        Instant ended = Instant.parse(result.getString("finalisedAt"));
        JsonPath status = given().auth().oauth2(token(DemoUser.TRAINEE2)).get("/api/exams/" + CERT).then()
                .body("state", equalTo("waiting")).extract().jsonPath();
        assertEquals(ended.plus(Duration.ofHours(24)), Instant.parse(status.getString("waitUntil")));
        start(DemoUser.TRAINEE2, CERT).then().statusCode(409).body("detail", containsString("next attempt opens at"));
    }

    @Test
    @Order(7)
    void examRecordsCannotBeChangedEvenInTheDatabase() throws SQLException {
        long id = given().auth().oauth2(token(DemoUser.TRAINEE1)).get("/api/exams/" + CERT).then().extract()
                .jsonPath().getLong("passedAttemptId");
        given().auth().oauth2(token(DemoUser.ADMIN1)).contentType("application/json")
                .body(Map.of("username", "trainee2", "timeMultiplier", 1.25, "reason", "Exam test: documented accommodation"))
                .post("/api/accommodations").then().statusCode(201);
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            for (String table : List.of("exam_attempt", "exam_answer", "exam_item_mark", "exam_submission", "exam_accommodation")) {
                SQLException e = assertThrows(SQLException.class, () -> sql.executeUpdate("DELETE FROM " + table));
                assertTrue(e.getMessage().contains("cannot be deleted") || e.getMessage().contains("foreign key"), e.getMessage());
            }
            SQLException update = assertThrows(SQLException.class, () -> sql.executeUpdate("UPDATE exam_submission SET passed = NOT passed"));
            assertTrue(update.getMessage().contains("cannot be updated"), update.getMessage());
            SQLException late = assertThrows(SQLException.class, () -> sql.executeUpdate("INSERT INTO exam_answer "
                    + "(attempt_id, item_key, answer, received_at) VALUES (" + id + ", 'x', '{}', NOW(6))"));
            assertTrue(late.getMessage().contains("can no longer change"), late.getMessage());
            SQLException mark = assertThrows(SQLException.class, () -> sql.executeUpdate("UPDATE exam_item_mark SET correct = NOT correct"));
            assertTrue(mark.getMessage().contains("cannot be updated"), mark.getMessage());
        }
    }

    @Test
    @Order(8)
    void theItemAnalysisSeesBothAttempts() {
        // trainee1 answered everything right, trainee2 everything wrong
        JsonPath report = given().auth().oauth2(token(DemoUser.INSTRUCTOR1)).get("/api/exams/" + CERT + "/item-analysis")
                .then().statusCode(200).body("finishedAttempts", equalTo(2)).body("items", hasSize(6)).extract().jsonPath();
        for (Map<String, Object> item : report.<Map<String, Object>>getList("items")) {
            assertEquals(2, item.get("drawn"), item.toString());
            assertEquals(0.5f, ((Number) item.get("facility")).floatValue(), item.toString());
            assertEquals(1.0f, ((Number) item.get("discrimination")).floatValue(), item.toString());
        }
        List<Map<String, Object>> single = report.getList("items.find { it.questionId == 'a-single' }.answers");
        assertEquals(3, single.size());
        assertEquals(1, single.stream().filter(a -> (Boolean) a.get("correct")).mapToInt(a -> (Integer) a.get("count")).sum());
        assertEquals(1, single.stream().filter(a -> !(Boolean) a.get("correct")).mapToInt(a -> (Integer) a.get("count")).sum());
        List<Map<String, Object>> typed = report.getList("items.find { it.questionId == 'b-short' }.answers");
        assertEquals(List.of("frankfort", "louisville"), typed.stream().map(a -> a.get("answer")).sorted().toList());
        // reviewers read results; the instructor has no roster with these trainees and sees none
        given().auth().oauth2(token(DemoUser.REVIEWER1)).get("/api/exams/" + CERT + "/results").then().statusCode(200)
                .body("size()", equalTo(2)).body("find { it.legalName == 'Jordan Mitchell' }.passed", equalTo(true));
        given().auth().oauth2(token(DemoUser.INSTRUCTOR1)).get("/api/exams/" + CERT + "/results").then().statusCode(200)
                .body("size()", equalTo(0));
        long passed = given().auth().oauth2(token(DemoUser.TRAINEE1)).get("/api/exams/" + CERT).then().extract()
                .jsonPath().getLong("passedAttemptId");
        given().auth().oauth2(token(DemoUser.REVIEWER1)).get("/api/exam-attempts/" + passed + "/result").then().statusCode(200)
                .body("review", hasSize(6)).body("review.find { it.type == 'short-answer' }.key", equalTo(List.of("Frankfort")));
        given().auth().oauth2(token(DemoUser.INSTRUCTOR1)).get("/api/exam-attempts/" + passed + "/result").then().statusCode(404);
    }

    private static long openAttempt(DemoUser trainee) {
        return given().auth().oauth2(token(trainee)).get("/api/exams/" + CERT).then().statusCode(200)
                .body("state", equalTo("in-progress")).extract().jsonPath().getLong("openAttemptId");
    }
}

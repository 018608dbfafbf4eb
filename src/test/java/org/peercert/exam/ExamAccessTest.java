package org.peercert.exam;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.peercert.support.DemoUser;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.peercert.exam.ExamClient.attempt;
import static org.peercert.exam.ExamClient.save;
import static org.peercert.exam.ExamClient.token;
import static org.peercert.exam.ExamFixture.CE;

/**
 * Who may do what with an exam, and what a tampered request gets: another trainee's attempt is
 * 404 everywhere, wrong roles are 403, and ids the attempt did not draw are refused (422)
 * without changing what is saved.
 */
@QuarkusTest
@TestProfile(ExamProfile.class)
class ExamAccessTest {

    @Test
    void anotherTraineesAttemptDoesNotExistForThem() {
        long id = runningAttempt(DemoUser.TRAINEE1);
        Map<String, Object> question = attempt(DemoUser.TRAINEE1, id).<Map<String, Object>>getList("questions").get(0);
        String other = token(DemoUser.TRAINEE2);
        given().auth().oauth2(other).get("/api/exam-attempts/" + id).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(other).get("/api/exam-attempts/" + id + "/result").then().statusCode(404);
        save(DemoUser.TRAINEE2, id, ExamClient.answerTo(question, true)).then().statusCode(404);
        ExamClient.submit(DemoUser.TRAINEE2, id).then().statusCode(404);
        given().auth().oauth2(token(DemoUser.TRAINEE1)).get("/api/exam-attempts/" + (id + 1000)).then().statusCode(404);
    }

    @Test
    void eachEndpointRefusesTheWrongRole() {
        long id = runningAttempt(DemoUser.TRAINEE1);
        for (DemoUser staff : List.of(DemoUser.INSTRUCTOR1, DemoUser.REVIEWER1, DemoUser.ADMIN1)) {
            given().auth().oauth2(token(staff)).contentType("application/json").body("{}")
                    .post("/api/exams/" + CE + "/attempts").then().statusCode(403);
            given().auth().oauth2(token(staff)).get("/api/exam-attempts/" + id).then().statusCode(403);
            given().auth().oauth2(token(staff)).contentType("application/json").body(Map.of("questionId", "x"))
                    .post("/api/exam-attempts/" + id + "/answers").then().statusCode(403);
            given().auth().oauth2(token(staff)).get("/api/exams/" + CE + "/item-analysis").then().statusCode(200);
        }
        given().auth().oauth2(token(DemoUser.TRAINEE1)).get("/api/exams/" + CE + "/results").then().statusCode(403);
        given().auth().oauth2(token(DemoUser.TRAINEE1)).get("/api/exams/" + CE + "/item-analysis").then().statusCode(403);
        given().auth().oauth2(token(DemoUser.REVIEWER1)).get("/api/exams/" + CE + "/results").then().statusCode(200);
        Map<String, Object> grant = Map.of("username", "trainee1", "timeMultiplier", 1.5, "reason", "test");
        for (DemoUser notAdmin : List.of(DemoUser.TRAINEE1, DemoUser.INSTRUCTOR1, DemoUser.REVIEWER1)) {
            given().auth().oauth2(token(notAdmin)).contentType("application/json").body(grant)
                    .post("/api/accommodations").then().statusCode(403);
        }
        given().auth().oauth2(token(DemoUser.TRAINEE1)).get("/api/accommodations").then().statusCode(403);
        given().auth().oauth2(token(DemoUser.REVIEWER1)).get("/api/accommodations").then().statusCode(200);
        given().get("/api/exams/" + CE).then().statusCode(401);
    }

    @Test
    void idsTheAttemptDidNotDrawAreRefusedAndChangeNothing() {
        long id = runningAttempt(DemoUser.TRAINEE1);
        List<Map<String, Object>> questions = attempt(DemoUser.TRAINEE1, id).getList("questions");
        Map<String, Object> single = questions.stream().filter(q -> q.get("type").equals("single")).findFirst().orElseThrow();
        Map<String, Object> trueFalse = questions.stream().filter(q -> q.get("type").equals("true-false")).findFirst().orElseThrow();
        save(DemoUser.TRAINEE1, id, ExamClient.answerTo(single, true)).then().statusCode(200);

        save(DemoUser.TRAINEE1, id, Map.of("questionId", "AAAAAAAAAAAA", "choices", List.of("x"))).then().statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("is not a question of this attempt"));
        save(DemoUser.TRAINEE1, id, Map.of("questionId", single.get("id"), "choices", List.of("forged-option"))).then()
                .statusCode(422).body("detail", containsString("is not an option of question"));
        String otherQuestionsOption = ExamClient.answerTo(trueFalse, true).get("choices").toString().replaceAll("[\\[\\]]", "");
        save(DemoUser.TRAINEE1, id, Map.of("questionId", single.get("id"), "choices", List.of(otherQuestionsOption)))
                .then().statusCode(422);
        @SuppressWarnings("unchecked") List<Map<String, String>> options = (List<Map<String, String>>) single.get("options");
        save(DemoUser.TRAINEE1, id, Map.of("questionId", single.get("id"), "choices",
                options.stream().map(o -> o.get("id")).toList())).then().statusCode(422).body("detail", containsString("takes one choice"));
        save(DemoUser.TRAINEE1, id, Map.of("questionId", single.get("id"), "text", "typed instead")).then().statusCode(422);

        JsonPath after = attempt(DemoUser.TRAINEE1, id);
        assertSavedChoices(after, (String) single.get("id"), ExamClient.answerTo(single, true).get("choices"));
    }

    @Test
    void theOpenApiDocumentListsTheExamEndpoints() {
        String openapi = given().get("/q/openapi").then().statusCode(200).extract().asString();
        for (String path : List.of("/api/exams/{courseId}:", "/api/exams/{courseId}/attempts:", "/api/exam-attempts/{id}/answers:",
                "/api/exam-attempts/{id}/submission:", "/api/exam-attempts/{id}/result:", "/api/exams/{courseId}/item-analysis:",
                "/api/accommodations:")) {
            org.junit.jupiter.api.Assertions.assertTrue(openapi.contains(path), path);
        }
    }

    @Test
    void anUnknownCourseOrACourseWithoutAnExamIs404() {
        given().auth().oauth2(token(DemoUser.TRAINEE1)).get("/api/exams/no-such-course").then().statusCode(404);
    }

    private static void assertSavedChoices(JsonPath attempt, String questionId, Object choices) {
        Map<String, Object> q = attempt.<Map<String, Object>>getList("questions").stream()
                .filter(x -> x.get("id").equals(questionId)).findFirst().orElseThrow();
        @SuppressWarnings("unchecked") Map<String, Object> saved = (Map<String, Object>) q.get("saved");
        org.junit.jupiter.api.Assertions.assertEquals(choices, saved.get("choices"));
    }

    /** The trainee's running CE post-test (one minute long): started, or started again once over. */
    private static long runningAttempt(DemoUser trainee) {
        ExamClient.enrol(trainee, CE);
        JsonPath status = given().auth().oauth2(token(trainee)).get("/api/exams/" + CE).then().statusCode(200).extract().jsonPath();
        if ("in-progress".equals(status.getString("state"))) {
            return status.getLong("openAttemptId");
        }
        return ExamClient.start(trainee, CE).then().statusCode(201).extract().jsonPath().getLong("id");
    }
}

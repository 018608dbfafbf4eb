package org.peercert.exam;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.peercert.support.DemoUser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static io.restassured.RestAssured.given;

/**
 * The exam API as the tests use it, with real tokens from the real Keycloak (kept for a few
 * minutes, as a client would), and answers to the fixture questions, right or wrong on purpose.
 */
final class ExamClient {

    private static final Map<DemoUser, String[]> TOKENS = new ConcurrentHashMap<>();
    static final Map<String, String> COLOURS = Map.of("sky", "blue", "grass", "green", "snow", "white");

    private ExamClient() {
    }

    static String token(DemoUser user) {
        String[] cached = TOKENS.get(user);
        long now = System.currentTimeMillis();
        if (cached == null || now - Long.parseLong(cached[1]) > 200_000) {
            cached = new String[]{user.accessToken(), String.valueOf(now)};
            TOKENS.put(user, cached);
        }
        return cached[0];
    }

    static String subject(DemoUser user) {
        return given().auth().oauth2(token(user)).get("/api/me").then().statusCode(200).extract().path("subject");
    }

    /** Enrols the trainee in a course that needs no approval, unless already enrolled. */
    static String enrol(DemoUser trainee, String course) {
        boolean already = given().auth().oauth2(token(trainee)).get("/api/enrolments").then().extract()
                .jsonPath().getList("courseId").contains(course);
        if (!already) {
            given().auth().oauth2(token(trainee)).contentType("application/json").body(Map.of("courseId", course))
                    .post("/api/enrolments").then().statusCode(201);
        }
        return subject(trainee);
    }

    /** Enrols the trainee in a course that needs approval: the trainee's request, then an admin's approval. */
    static String enrolWithApproval(DemoUser trainee, String course) {
        boolean already = given().auth().oauth2(token(trainee)).get("/api/enrolments").then().extract()
                .jsonPath().getList("courseId").contains(course);
        if (!already) {
            int request = given().auth().oauth2(token(trainee)).contentType("application/json").body(Map.of("courseId", course))
                    .post("/api/enrolments").then().statusCode(202).extract().path("id");
            given().auth().oauth2(token(DemoUser.ADMIN1)).contentType("application/json").body("{}")
                    .post("/api/enrolment-requests/" + request + "/approval").then().statusCode(201);
        }
        return subject(trainee);
    }

    /** Completes the trainee's hours with an admin's adjustment per competency (a real admin feature). */
    static void completeHours(String subject, String course) {
        JsonPath ledger = given().auth().oauth2(token(DemoUser.ADMIN1)).get("/api/trainees/" + subject + "/ledger/" + course)
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> competencies = ledger.getList("progress.competencies");
        for (Map<String, Object> c : competencies) {
            int missing = (Integer) c.get("requiredMinutes") - (Integer) c.get("earnedMinutes");
            if (missing > 0) {
                given().auth().oauth2(token(DemoUser.ADMIN1)).contentType("application/json")
                        .body(Map.of("competencyId", c.get("id"), "minutes", missing, "reason", "Exam test: hours attended elsewhere"))
                        .post("/api/trainees/" + subject + "/ledger/" + course + "/adjustments").then().statusCode(201);
            }
        }
    }

    static Response start(DemoUser trainee, String course) {
        return given().auth().oauth2(token(trainee)).contentType("application/json").body("{}")
                .post("/api/exams/" + course + "/attempts");
    }

    static JsonPath attempt(DemoUser trainee, long id) {
        return given().auth().oauth2(token(trainee)).get("/api/exam-attempts/" + id).then().statusCode(200)
                .extract().jsonPath();
    }

    static Response save(DemoUser trainee, long attemptId, Map<String, Object> answer) {
        return given().auth().oauth2(token(trainee)).contentType("application/json").body(answer)
                .post("/api/exam-attempts/" + attemptId + "/answers");
    }

    static Response submit(DemoUser trainee, long attemptId) {
        return given().auth().oauth2(token(trainee)).contentType("application/json").body("{}")
                .post("/api/exam-attempts/" + attemptId + "/submission");
    }

    /** Answers every question of the attempt, right or wrong. */
    static void answerAll(DemoUser trainee, long attemptId, boolean right) {
        for (Map<String, Object> q : attempt(trainee, attemptId).<Map<String, Object>>getList("questions")) {
            save(trainee, attemptId, answerTo(q, right)).then().statusCode(200);
        }
    }

    /** The API body answering a fixture question, from its prompt and choice texts only. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> answerTo(Map<String, Object> q, boolean right) {
        Map<String, Object> body = new HashMap<>();
        body.put("questionId", q.get("id"));
        List<Map<String, String>> options = (List<Map<String, String>>) q.get("options");
        switch ((String) q.get("type")) {
            case "single", "multiple" -> body.put("choices", options.stream()
                    .filter(o -> o.get("text").startsWith(right ? "Right" : "Wrong")).map(o -> o.get("id"))
                    .limit("single".equals(q.get("type")) ? 1 : 9).toList());
            case "true-false" -> body.put("choices", options.stream()
                    .filter(o -> o.get("text").equals(right ? "True" : "False")).map(o -> o.get("id")).toList());
            case "short-answer" -> body.put("text", right ? "  frankfort " : "Louisville");
            case "matching" -> body.put("matches", matches(q, right));
            default -> throw new IllegalStateException(String.valueOf(q.get("type")));
        }
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> matches(Map<String, Object> q, boolean right) {
        List<Map<String, String>> lefts = (List<Map<String, String>>) q.get("lefts");
        List<Map<String, String>> rights = (List<Map<String, String>>) q.get("rights");
        Map<String, String> matches = new HashMap<>();
        List<String> colours = new ArrayList<>(List.of("blue", "green", "white"));
        for (int i = 0; i < lefts.size(); i++) {
            String colour = right ? COLOURS.get(lefts.get(i).get("text")) : colours.get(i);
            if (!right && colour.equals(COLOURS.get(lefts.get(i).get("text")))) {
                colour = colours.get((i + 1) % 3);
            }
            String wanted = colour;
            matches.put(lefts.get(i).get("id"), rights.stream().filter(r -> r.get("text").equals(wanted))
                    .findFirst().orElseThrow().get("id"));
        }
        return matches;
    }
}

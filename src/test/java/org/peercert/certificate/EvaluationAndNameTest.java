package org.peercert.certificate;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.peercert.support.CodeFlowSession;
import org.peercert.support.DemoUser;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two things a trainee does before a CE certificate besides the hours and the post-test: the
 * course evaluation (once, every statement rated) and the confirmation of the name to print.
 */
@QuarkusTest
@TestProfile(CertificateProfile.class)
class EvaluationAndNameTest {

    private static final String COURSE = "ce-evaluation";

    @TestHTTPResource("/")
    URL root;

    @Test
    void theEvaluationNeedsEveryRatingAndIsTakenOnce() {
        CertificateSteps.enrol(DemoUser.TRAINEE2, COURSE);
        String path = "/api/evaluations/" + COURSE;
        String token = DemoUser.TRAINEE2.accessToken();
        given().auth().oauth2(token).get(path).then().statusCode(200).body("items", hasSize(6)).body("scale", hasSize(5))
                .body("submitted", nullValue());
        Map<String, Object> ratings = new HashMap<>(Map.of("objectives", 5, "relevance", 4, "clarity", 4, "format", 3,
                "apply", 5));
        given().auth().oauth2(token).contentType("application/json").body(Map.of("ratings", ratings)).post(path).then()
                .statusCode(400).body("detail", containsString("recommend: rate"));
        ratings.put("recommend", 7);
        given().auth().oauth2(token).contentType("application/json").body(Map.of("ratings", ratings)).post(path).then()
                .statusCode(400).body("detail", containsString("recommend: rate"));
        ratings.put("recommend", 4);
        ratings.put("catering", 2);
        given().auth().oauth2(token).contentType("application/json").body(Map.of("ratings", ratings)).post(path).then()
                .statusCode(400).body("detail", containsString("catering: the form has no such statement"));
        ratings.remove("catering");
        given().auth().oauth2(token).contentType("application/json").body(Map.of("ratings", ratings, "comments", "Useful."))
                .post(path).then().statusCode(201).body("ratings.recommend", equalTo(4)).body("comments", equalTo("Useful."));
        given().auth().oauth2(token).contentType("application/json").body(Map.of("ratings", ratings)).post(path).then()
                .statusCode(409).body("detail", containsString("kept as it was submitted"));
        given().auth().oauth2(token).get(path).then().statusCode(200).body("submitted.ratings.objectives", equalTo(5));
    }

    @Test
    void onlyEnrolledTraineesOfSpecialtyAndCeCoursesHaveTheForm() {
        given().auth().oauth2(DemoUser.TRAINEE1.accessToken()).get("/api/evaluations/ky-tcm-core").then().statusCode(404)
                .body("detail", containsString("has no evaluation form"));
        given().auth().oauth2(DemoUser.TRAINEE1.accessToken()).get("/api/evaluations/ce-empty").then().statusCode(404)
                .body("detail", containsString("not enrolled"));
        given().auth().oauth2(DemoUser.INSTRUCTOR1.accessToken()).get("/api/evaluations/" + COURSE).then().statusCode(403);
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).get("/api/evaluations/" + COURSE).then().statusCode(403);
        given().get("/api/evaluations/" + COURSE).then().statusCode(401);
    }

    @Test
    void theEvaluationPageKeepsTheAnswersOfARejectedFormAndShowsTheSubmittedOne() {
        CertificateSteps.enrol(DemoUser.TRAINEE1, COURSE);
        CodeFlowSession trainee = CodeFlowSession.login(root, DemoUser.TRAINEE1);
        String page = "/evaluations/" + COURSE;
        assertEquals(200, trainee.get(page).statusCode());
        Map<String, String> form = new HashMap<>(Map.of("csrf-token", trainee.csrfToken(page), "objectives", "4",
                "comments", "The break-out rooms were great"));
        HttpResponse<String> rejected = trainee.post(page, form);
        assertEquals(400, rejected.statusCode());
        assertTrue(rejected.body().contains("relevance: rate") && rejected.body().contains("The break-out rooms were great"),
                rejected.body());
        for (String item : List.of("relevance", "clarity", "format", "apply", "recommend")) {
            form.put(item, "5");
        }
        HttpResponse<String> done = trainee.post(page, form);
        assertEquals(200, done.statusCode());
        assertTrue(done.uri().getPath().equals("/certificates"), done.uri().toString());
        assertTrue(trainee.get(page).body().contains("You submitted this evaluation on"));
    }

    @Test
    void theNameToPrintIsTheAccountsNameConfirmed() {
        String token = DemoUser.TRAINEE1.accessToken();
        given().auth().oauth2(token).get("/api/certificates/name-confirmation").then().statusCode(200)
                .body("accountName", equalTo(DemoUser.TRAINEE1.legalName));
        given().auth().oauth2(token).contentType("application/json").body(Map.of("legalName", "Jordan Q. Impostor"))
                .post("/api/certificates/name-confirmation").then().statusCode(409)
                .body("detail", containsString("\"" + DemoUser.TRAINEE1.legalName + "\""));
        CodeFlowSession trainee = CodeFlowSession.login(root, DemoUser.TRAINEE1);
        String page = trainee.get("/certificates/name").body();
        assertTrue(page.contains(DemoUser.TRAINEE1.legalName), page);
        HttpResponse<String> confirmed = trainee.post("/certificates/name", Map.of("csrf-token",
                trainee.csrfToken("/certificates/name"), "legalName", DemoUser.TRAINEE1.legalName));
        assertEquals(200, confirmed.statusCode());
        assertTrue(confirmed.body().contains("Your certificates print " + DemoUser.TRAINEE1.legalName), confirmed.body());
        given().auth().oauth2(token).get("/api/certificates/name-confirmation").then().statusCode(200)
                .body("confirmed", equalTo(true)).body("confirmedName", equalTo(DemoUser.TRAINEE1.legalName));
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).get("/api/certificates/name-confirmation").then().statusCode(403);
    }
}

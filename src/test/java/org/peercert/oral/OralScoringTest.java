package org.peercert.oral;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peercert.support.DemoUser;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Examiners score with the rubric on the day of the exam (the test's clock moves there): final
 * scores, corrections with a reason, two examiners who disagree and the reconciliation, no-shows
 * and the retake policy, and what the trainee sees of it all.
 */
@QuarkusTest
@TestProfile(OralTestProfile.class)
class OralScoringTest {

    @Inject
    TravellingClock clock;

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL root;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void backToToday() {
        clock.comeBack();
    }

    @Test
    void oneExaminersScoreIsTheResultAndACorrectionIsANewRecordWithAReason() throws SQLException {
        String trainee = DemoUser.TRAINEE1.accessToken();
        String instructor = DemoUser.INSTRUCTOR1.accessToken();
        OralFixtures.eligible(trainee, DemoUser.ADMIN1.accessToken(), "oral-score");
        Instant start = OralFixtures.farStart();
        long booking = OralFixtures.booking(trainee, OralFixtures.slot(instructor, "oral-score", start, "instructor1"));

        score(instructor, booking, Map.of("listening", 3, "ethics", 2), "Clear reflections.").statusCode(409)
                .body("detail", containsString("Scores open when the exam starts"));
        travelTo(start.plus(Duration.ofMinutes(25)));
        read(trainee, booking).body("status", equalTo("awaiting-scores")).body("result", nullValue());
        score(instructor, booking, Map.of("listening", 3), "x").statusCode(400).body("detail", containsString("ethics: is not scored"));
        score(instructor, booking, Map.of("listening", 3, "ethics", 1), "x").statusCode(400)
                .body("detail", containsString("ethics: 1 is not one of its levels' points"));
        score(instructor, booking, Map.of("listening", 3, "ethics", 2), " ").statusCode(400).body("detail", containsString("feedback"));
        // The page's form, refused, comes back with the examiner's points and words in place.
        org.peercert.support.CodeFlowSession examiner = org.peercert.support.CodeFlowSession.login(root, DemoUser.INSTRUCTOR1);
        java.net.http.HttpResponse<String> refused = examiner.post("/oral/bookings/" + booking + "/scores", Map.of(
                "csrf-token", examiner.csrfToken("/oral/bookings/" + booking), "points.listening", "3", "points.ethics", "1",
                "feedback", "Reflected feelings well; <b>practise</b> the limits of confidentiality."));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("name=\"points.listening\" value=\"3\" required checked")
                && refused.body().contains("Reflected feelings well; &lt;b&gt;practise&lt;/b&gt; the limits of confidentiality.</textarea>")
                && refused.body().contains("ethics: 1 is not one of its levels"), refused.body());

        long first = score(instructor, booking, Map.of("listening", 3, "ethics", 2),
                "Strong reflections of feeling. Practise naming the limits of confidentiality at the first meeting.")
                .statusCode(201).body("status", equalTo("passed")).extract().jsonPath().getLong("result.scores[0].id");
        read(trainee, booking).body("status", equalTo("passed")).body("result.passed", equalTo(true))
                .body("result.scores[0].total", equalTo(5)).body("result.scores[0].maxTotal", equalTo(6))
                .body("result.scores[0].examinerName", equalTo(DemoUser.INSTRUCTOR1.legalName))
                .body("result.scores[0].feedback", containsString("Strong reflections"))
                .body("result.scores[0].points.find { it.criterionId == 'ethics' }.points", equalTo(2))
                .body("result.scores[0].points.criterionId", equalTo(java.util.List.of("listening", "ethics"))); // the rubric's order
        score(instructor, booking, Map.of("listening", 3, "ethics", 3), "Better.").statusCode(409)
                .body("detail", containsString("is final"));
        given().auth().oauth2(instructor).contentType("application/json").body("{}")
                .post("/api/oral/bookings/" + booking + "/no-show").then().statusCode(409);

        correction(instructor, booking, Map.of("listening", 3, "ethics", 0), first, " ").statusCode(400)
                .body("detail", containsString("reason"));
        correction(instructor, booking, Map.of("listening", 3, "ethics", 0), first,
                "Re-read my notes: the trainee said they would keep the disclosure of harm to themselves.")
                .statusCode(201).body("status", equalTo("failed"));
        read(trainee, booking).body("result.passed", equalTo(false)).body("result.scores[0].total", equalTo(3))
                .body("result.scores[0].correctsScore", equalTo((int) first))
                .body("result.scores[0].reason", containsString("Re-read my notes"));
        try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement()) {
            var rows = sql.executeQuery("SELECT COUNT(*) FROM oral_score WHERE booking_id = " + booking);
            rows.next();
            assertEquals(2, rows.getInt(1), "the first score is kept beside its correction");
            SQLException update = assertThrows(SQLException.class, () -> sql.executeUpdate("UPDATE oral_score SET total = 6 WHERE id = " + first));
            assertTrue(update.getMessage().contains("cannot be updated"), update.getMessage());
            SQLException points = assertThrows(SQLException.class, () -> sql.executeUpdate("DELETE FROM oral_score_point"));
            assertTrue(points.getMessage().contains("cannot be deleted"), points.getMessage());
        }
    }

    @Test
    void twoExaminersScoreOnTheirOwnAndADisagreementIsReconciledWithAReason() throws Exception {
        String trainee = DemoUser.TRAINEE2.accessToken();
        String instructor = DemoUser.INSTRUCTOR1.accessToken();
        String second = SecondExaminer.accessToken();
        OralFixtures.eligible(trainee, DemoUser.ADMIN1.accessToken(), "oral-panel");
        Instant start = OralFixtures.farStart();
        long booking = OralFixtures.booking(trainee, OralFixtures.slot(instructor, "oral-panel", start, "instructor1", SecondExaminer.USERNAME));
        travelTo(start.plus(Duration.ofMinutes(30)));

        score(instructor, booking, Map.of("listening", 2, "ethics", 2), "Passes: listens well.").statusCode(201)
                .body("status", equalTo("awaiting-scores"));
        read(second, booking).body("result", nullValue()); // the other examiner's score stays hidden until they score
        score(second, booking, Map.of("listening", 1, "ethics", 2), "Fails: too many closed questions.").statusCode(201)
                .body("status", equalTo("needs-reconciliation")).body("result.scores.size()", equalTo(2));
        read(trainee, booking).body("status", equalTo("needs-reconciliation")).body("result", nullValue());

        reconcile(trainee, booking, true, "x").statusCode(403);
        reconcile(DemoUser.ADMIN1.accessToken(), booking, true, " ").statusCode(400).body("detail", containsString("reason"));
        List<Integer> statuses = OralBookingTest.race(List.<Callable<Integer>>of(
                () -> reconcile(DemoUser.ADMIN1.accessToken(), booking, true, "Both examiners' notes show open questions throughout; "
                        + "the second examiner scored the opening minutes only.").extract().statusCode(),
                () -> reconcile(instructor, booking, false, "Agree with the second examiner").extract().statusCode()));
        assertEquals(List.of(201, 409), statuses.stream().sorted().toList(), "reconciled once");
        read(trainee, booking).body("status", org.hamcrest.Matchers.oneOf("passed", "failed"))
                .body("result.reconciliation.reason", org.hamcrest.Matchers.notNullValue())
                .body("result.scores.feedback", org.hamcrest.Matchers.hasItem("Fails: too many closed questions."));
        try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement()) {
            var rows = sql.executeQuery("SELECT COUNT(*) FROM oral_booking_release WHERE kind = 'examined' AND booking_id = " + booking);
            rows.next();
            assertEquals(1, rows.getInt(1), "the booking is released once, when its result settles");
        }
    }

    @Test
    void twoExaminersSubmittingAtTheSameMomentSettleTheResultOnce() throws Exception {
        String trainee = DemoUser.TRAINEE1.accessToken();
        String instructor = DemoUser.INSTRUCTOR1.accessToken();
        String second = SecondExaminer.accessToken();
        OralFixtures.eligible(trainee, DemoUser.ADMIN1.accessToken(), "oral-panel");
        Instant start = OralFixtures.farStart();
        long booking = OralFixtures.booking(trainee, OralFixtures.slot(instructor, "oral-panel", start, "instructor1", SecondExaminer.USERNAME));
        travelTo(start.plus(Duration.ofMinutes(30)));
        List<Integer> statuses = OralBookingTest.race(List.<Callable<Integer>>of(
                () -> score(instructor, booking, Map.of("listening", 3, "ethics", 3), "Excellent.").extract().statusCode(),
                () -> score(second, booking, Map.of("listening", 2, "ethics", 2), "Solid.").extract().statusCode()));
        assertEquals(List.of(201, 201), statuses);
        read(trainee, booking).body("status", equalTo("passed")).body("result.scores.size()", equalTo(2));
        given().auth().oauth2(trainee).get("/api/oral/courses/oral-panel/open-slots").then().statusCode(200)
                .body("eligible", equalTo(false)).body("reason", containsString("passed the oral exam"));
    }

    @Test
    void aNoShowCountsAsASittingAndTheRetakePolicyLimitsTheRest() {
        String trainee = DemoUser.TRAINEE2.accessToken();
        String instructor = DemoUser.INSTRUCTOR1.accessToken();
        OralFixtures.eligible(trainee, DemoUser.ADMIN1.accessToken(), "oral-retake");
        Instant first = OralFixtures.farStart();
        long missed = OralFixtures.booking(trainee, OralFixtures.slot(instructor, "oral-retake", first, "instructor1"));
        noShow(instructor, missed).statusCode(409).body("detail", containsString("not started"));
        travelTo(first.plus(Duration.ofMinutes(10)));
        noShow(DemoUser.REVIEWER1.accessToken(), missed).statusCode(403);
        noShow(instructor, missed).statusCode(201).body("status", equalTo("no-show"));
        given().auth().oauth2(trainee).get("/api/oral/courses/oral-retake/open-slots").then().statusCode(200)
                .body("eligible", equalTo(true)); // one retake allowed, no wait

        Instant second = OralFixtures.farStart();
        long retake = OralFixtures.booking(trainee, OralFixtures.slot(instructor, "oral-retake", second, "instructor1"));
        travelTo(second.plus(Duration.ofMinutes(10)));
        score(instructor, retake, Map.of("listening", 1, "ethics", 2), "Work on open questions.").statusCode(201)
                .body("status", equalTo("failed"));
        given().auth().oauth2(trainee).get("/api/oral/courses/oral-retake/open-slots").then().statusCode(200)
                .body("eligible", equalTo(false)).body("reason", containsString("used all 2 sittings"));
        long third = OralFixtures.slot(instructor, "oral-retake", OralFixtures.farStart(), "instructor1");
        OralFixtures.book(trainee, third).statusCode(409).body("detail", containsString("used all 2 sittings"));
    }

    private void travelTo(Instant when) {
        clock.comeBack();
        clock.travel(Duration.between(Instant.now(), when));
    }

    private static ValidatableResponse read(String token, long booking) {
        return given().auth().oauth2(token).get("/api/oral/bookings/" + booking).then().statusCode(200);
    }

    private static ValidatableResponse score(String token, long booking, Map<String, Integer> points, String feedback) {
        return given().auth().oauth2(token).contentType("application/json").body(Map.of("points", points, "feedback", feedback))
                .post("/api/oral/bookings/" + booking + "/scores").then();
    }

    private static ValidatableResponse correction(String token, long booking, Map<String, Integer> points, long corrects, String reason) {
        return given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("points", points, "feedback", "Corrected after review.", "correctsScore", corrects, "reason", reason))
                .post("/api/oral/bookings/" + booking + "/scores").then();
    }

    private static ValidatableResponse reconcile(String token, long booking, boolean passed, String reason) {
        return given().auth().oauth2(token).contentType("application/json").body(Map.of("passed", passed, "reason", reason))
                .post("/api/oral/bookings/" + booking + "/reconciliation").then();
    }

    private static ValidatableResponse noShow(String token, long booking) {
        return given().auth().oauth2(token).contentType("application/json").body(Map.of("reason", "Did not come; no call"))
                .post("/api/oral/bookings/" + booking + "/no-show").then();
    }
}

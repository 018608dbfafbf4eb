package org.peercert.oral;

import io.restassured.response.ValidatableResponse;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

/**
 * The steps the oral-exam tests repeat, all through the real API: a trainee enrolled with hours
 * completed by an admin's adjustment, slots published by an instructor, bookings. Each call for a
 * start time gives a new one, so that tests sharing an examiner never overlap.
 */
final class OralFixtures {

    /** Far-off starts, three hours apart, from five days ahead: outside any no-change window. */
    private static final Instant FAR = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofDays(5));
    /** Near starts, 40 minutes apart, from two hours ahead: inside the 24-hour window. */
    private static final Instant NEAR = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(2));
    private static final AtomicInteger far = new AtomicInteger();
    private static final AtomicInteger near = new AtomicInteger();

    private OralFixtures() {
    }

    static Instant farStart() {
        return FAR.plus(Duration.ofHours(3L * far.getAndIncrement()));
    }

    static Instant nearStart() {
        return NEAR.plus(Duration.ofMinutes(40L * near.getAndIncrement()));
    }

    static String subject(String token) {
        return given().auth().oauth2(token).get("/api/me").then().statusCode(200).extract().path("subject");
    }

    /** Enrols the trainee (if not yet) and completes their hours with an admin's correction; answers the subject. */
    static String eligible(String traineeToken, String adminToken, String courseId) {
        given().auth().oauth2(traineeToken).contentType("application/json").body(Map.of("courseId", courseId))
                .post("/api/enrolments").then().statusCode(anyOf(equalTo(201), equalTo(409)));
        String subject = subject(traineeToken);
        int done = given().auth().oauth2(adminToken).get("/api/trainees/" + subject + "/ledger/" + courseId).then()
                .statusCode(200).extract().jsonPath().<Integer>getList("entries.minutes").stream().mapToInt(Integer::intValue).sum();
        if (done < 60) {
            given().auth().oauth2(adminToken).contentType("application/json")
                    .body(Map.of("competencyId", "basics", "minutes", 60 - done, "reason", "Attended the live workshop; sign-in sheet on file"))
                    .post("/api/trainees/" + subject + "/ledger/" + courseId + "/adjustments").then().statusCode(201);
        }
        return subject;
    }

    static ValidatableResponse publish(String token, String courseId, Instant start, List<String> examiners) {
        return given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("courseId", courseId, "startsAt", start.toString(), "minutes", 30, "format", "live-video",
                        "videoLink", "https://meet.example.org/oral-" + courseId, "examiners", examiners))
                .post("/api/oral/slots").then();
    }

    static long slot(String token, String courseId, Instant start, String... examiners) {
        return publish(token, courseId, start, List.of(examiners)).statusCode(201).extract().jsonPath().getLong("id");
    }

    static ValidatableResponse book(String token, long slotId) {
        return given().auth().oauth2(token).contentType("application/json").body(Map.of("slotId", slotId))
                .post("/api/oral/bookings").then();
    }

    static long booking(String token, long slotId) {
        return book(token, slotId).statusCode(201).extract().jsonPath().getLong("id");
    }
}

package org.peercert.certificate;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peercert.audit.AuditVerification;
import org.peercert.course.Course;
import org.peercert.course.CourseCatalog;
import org.peercert.exam.RightAnswers;
import org.peercert.oral.TravellingClock;
import org.peercert.reviewer.ReviewerSteps;
import org.peercert.support.DemoUser;
import org.peercert.support.TraineeAccount;
import org.peercert.support.ProviderToday;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A trainee's whole path through the Kentucky adult peer support core, with every real part:
 * enrolment approved by an admin, a live session and corrections for the 30 hours, the written
 * exam answered in full, the oral exam booked and scored by an instructor with the rubric, the
 * name confirmed, and the certificate issued, checked with pdfsig and its QR, verified, revoked.
 * A state reviewer then finds the certificate by its number, opens the record and checks the
 * evidence packet with the published commands. The audit log holds every step. Only the oral
 * exam's booking is moved back in time, by its clock.
 */
@QuarkusTest
@TestProfile(ApssPathTest.WithTravellingClock.class)
class ApssPathTest {

    private static final String APSS = "ky-apss";
    private static final TraineeAccount TRAINEE = new TraineeAccount("path-trainee", "Avery", "Collins");

    /** The shipped courses, and the clock the oral exam's rules are judged at, which a test can move. */
    public static class WithTravellingClock implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(TravellingClock.class);
        }
    }

    @Inject
    CourseCatalog catalog;

    @Inject
    TravellingClock clock;

    @Inject
    AuditVerification audit;

    @AfterEach
    void comeBack() {
        clock.comeBack();
    }

    @Test
    void aTraineeCompletesTheApssCoreAndAReviewerCanTrustTheCertificate() throws Exception {
        String token = TRAINEE.ensure().accessToken();
        String subject = given().auth().oauth2(token).get("/api/me").then().statusCode(200).extract().path("subject");
        Course apss = catalog.find(APSS).orElseThrow();

        enrolWithApproval(token);
        earnThirtyHours(subject, apss);
        passWrittenExam(token, apss);
        passOralExam(token);

        given().auth().oauth2(token).contentType("application/json").body(Map.of("legalName", TRAINEE.legalName()))
                .post("/api/certificates/name-confirmation").then().statusCode(anyOf(equalTo(200), equalTo(201)));
        String number = given().auth().oauth2(token).contentType("application/json").body(Map.of("courseId", APSS))
                .post("/api/certificates").then().statusCode(201).extract().path("number");

        byte[] pdf = given().auth().oauth2(token).get("/api/certificates/" + number + "/pdf").then().statusCode(200)
                .extract().asByteArray();
        assertTrue(PdfChecks.pdfsig(pdf).contains("Signature is Valid"), "pdfsig on the downloaded certificate");
        String qr = PdfChecks.qrText(pdf);
        assertTrue(qr.endsWith("/verify/" + number.replace("-", "")), qr + " for " + number);
        given().get("/api/verify/" + number).then().statusCode(200).body("status", equalTo("VALID"))
                .body("name", equalTo(TRAINEE.legalName()));
        given().auth().oauth2(DemoUser.TRAINEE1.accessToken()).get("/api/certificates/" + number + "/pdf").then().statusCode(404);

        given().auth().oauth2(token).get("/api/trainees/" + subject + "/ce").then().statusCode(200)
                .body("certifiedOn", equalTo(ProviderToday.date().toString())).body("requiredHours", equalTo(6));

        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).contentType("application/json")
                .body(Map.of("reason", "Issued in error: test of revocation")).post("/api/certificates/" + number + "/revocation")
                .then().statusCode(201);
        given().get("/api/verify/" + number).then().statusCode(200).body("status", equalTo("REVOKED"));
        // The revoked certificate made the specialist: the certification, and its CE years, end with it.
        given().auth().oauth2(token).get("/api/trainees/" + subject + "/ce").then().statusCode(404);
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).get("/api/specialists").then().statusCode(200)
                .body("traineeSubject", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(subject)));

        ReviewerSteps.findOpenAndCheckThePacket(number, subject, TRAINEE.legalName());

        List<String> steps = given().auth().oauth2(DemoUser.REVIEWER1.accessToken()).queryParam("trainee", subject)
                .get("/api/audit").then().statusCode(200).extract().jsonPath().getList("action");
        assertTrue(steps.containsAll(List.of("enrolment.requested", "enrolment.created", "attendance.recorded",
                "hours.live-session", "hours.correction", "exam.started", "exam.submitted", "oral.booked", "oral.scored",
                "certificate.name-confirmed", "certificate.issued", "specialist.recorded", "certificate.revoked", "specialist.ended",
                "reviewer.packet.downloaded")), steps.toString());
        assertTrue(audit.verify().intact());
    }

    private static void enrolWithApproval(String token) {
        int request = given().auth().oauth2(token).contentType("application/json").body(Map.of("courseId", APSS))
                .post("/api/enrolments").then().statusCode(202).extract().path("id");
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).contentType("application/json").body("{}")
                .post("/api/enrolment-requests/" + request + "/approval").then().statusCode(201);
    }

    /** Problem Solving in a 7-hour live session with attendance; the other competencies as recorded corrections. */
    private static void earnThirtyHours(String subject, Course apss) {
        String instructor = DemoUser.INSTRUCTOR1.accessToken();
        Instant start = Instant.now().minus(Duration.ofHours(8)).truncatedTo(ChronoUnit.MINUTES);
        long session = ((Number) given().auth().oauth2(instructor).contentType("application/json")
                .body(Map.of("competencyId", "problem-solving", "title", "PICBA and mediation", "startsAt", start.toString(),
                        "endsAt", start.plus(Duration.ofHours(7)).toString(), "format", "in-person",
                        "location", "Room 1, Frankfort", "rosterSubjects", List.of(subject)))
                .post("/api/live-sessions/" + APSS).then().statusCode(201).extract().path("session.id")).longValue();
        given().auth().oauth2(instructor).contentType("application/json")
                .body(Map.of("traineeSubject", subject, "joinedAt", start.toString(), "leftAt", start.plus(Duration.ofHours(7)).toString()))
                .post("/api/live-sessions/session/" + session + "/attendance").then().statusCode(201);
        given().auth().oauth2(instructor).contentType("application/json").body("{}")
                .post("/api/live-sessions/session/" + session + "/closure").then().statusCode(200);
        String admin = DemoUser.ADMIN1.accessToken();
        apss.competencies().stream().filter(c -> !c.id().equals("problem-solving")).forEach(c ->
                given().auth().oauth2(admin).contentType("application/json")
                        .body(Map.of("competencyId", c.id(), "minutes", c.hours().intValue() * 60,
                                "reason", "Attended the spring cohort's live sessions; sign-in sheets on file"))
                        .post("/api/trainees/" + subject + "/ledger/" + APSS + "/adjustments").then().statusCode(201));
    }

    private static void passWrittenExam(String token, Course apss) {
        JsonPath attempt = given().auth().oauth2(token).contentType("application/json").body("{}")
                .post("/api/exams/" + APSS + "/attempts").then().statusCode(201).extract().jsonPath();
        long id = attempt.getLong("id");
        List<Map<String, Object>> questions = attempt.getList("questions");
        assertEquals(47, questions.size(), "the APSS blueprint draws 47 questions");
        for (Map<String, Object> q : questions) {
            given().auth().oauth2(token).contentType("application/json").body(RightAnswers.to(apss, q))
                    .post("/api/exam-attempts/" + id + "/answers").then().statusCode(200);
        }
        given().auth().oauth2(token).contentType("application/json").body("{}").post("/api/exam-attempts/" + id + "/submission")
                .then().statusCode(200).body("passed", equalTo(true));
    }

    private void passOralExam(String token) {
        String instructor = DemoUser.INSTRUCTOR1.accessToken();
        // Published and booked three hours "ago" for an exam that started an hour ago, so that it
        // is scored now: every record keeps a true time.
        Instant startsAt = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.HOURS);
        clock.travel(Duration.ofHours(-3));
        long slot = ((Number) given().auth().oauth2(instructor).contentType("application/json")
                .body(Map.of("courseId", APSS, "startsAt", startsAt.toString(), "format", "live-video",
                        "videoLink", "https://video.example.org/oral/7", "examiners", List.of("instructor1")))
                .post("/api/oral/slots").then().statusCode(201).extract().path("id")).longValue();
        long booking = ((Number) given().auth().oauth2(token).contentType("application/json").body(Map.of("slotId", slot))
                .post("/api/oral/bookings").then().statusCode(201).extract().path("id")).longValue();

        clock.comeBack();
        JsonPath rubric = given().auth().oauth2(instructor).get("/api/oral/courses/" + APSS + "/rubric").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Integer> points = new HashMap<>();
        for (Map<String, Object> criterion : rubric.<Map<String, Object>>getList("criteria")) {
            List<Map<String, Object>> levels = (List<Map<String, Object>>) criterion.get("levels");
            points.put((String) criterion.get("id"), levels.stream().mapToInt(l -> (Integer) l.get("points")).max().orElseThrow());
        }
        given().auth().oauth2(instructor).contentType("application/json")
                .body(Map.of("points", points, "feedback", "Clear boundaries, strong reflective listening; keep practising PICBA aloud."))
                .post("/api/oral/bookings/" + booking + "/scores").then().statusCode(201);
        given().auth().oauth2(token).get("/api/oral/bookings/" + booking).then().statusCode(200)
                .body("result.outcome", equalTo("passed"));
    }
}

package org.peercert.certificate;

import io.restassured.response.Response;
import org.peercert.support.DemoUser;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

/** A trainee's way to a certificate through the real API, step by step, with real tokens. */
public final class CertificateSteps {

    private static final Map<String, Object> EVALUATION = Map.of("ratings", Map.of("objectives", 5, "relevance", 4,
            "clarity", 4, "format", 3, "apply", 5, "recommend", 4), "comments", "Clear, and the role-plays helped.");

    private CertificateSteps() {
    }

    static String subject(DemoUser user) {
        return given().auth().oauth2(user.accessToken()).get("/api/me").then().statusCode(200).extract().path("subject");
    }

    /** Enrols the trainee in a fixture course (no approval needed) unless already enrolled. */
    static void enrol(DemoUser trainee, String courseId) {
        given().auth().oauth2(trainee.accessToken()).contentType("application/json").body(Map.of("courseId", courseId))
                .post("/api/enrolments").then().statusCode(anyOf(equalTo(201), equalTo(409)));
    }

    /** An admin's correction line crediting {@code minutes} (the fixture's only competency). */
    static void credit(String subject, String courseId, int minutes) {
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).contentType("application/json")
                .body(Map.of("competencyId", CeFixture.COMPETENCY, "minutes", minutes,
                        "reason", "Attended the refresher; sign-in sheet 12 on file"))
                .post("/api/trainees/" + subject + "/ledger/" + courseId + "/adjustments").then().statusCode(201);
    }

    static void confirmName(DemoUser trainee) {
        given().auth().oauth2(trainee.accessToken()).contentType("application/json")
                .body(Map.of("legalName", trainee.legalName)).post("/api/certificates/name-confirmation")
                .then().statusCode(201);
    }

    static void evaluate(DemoUser trainee, String courseId) {
        given().auth().oauth2(trainee.accessToken()).contentType("application/json").body(EVALUATION)
                .post("/api/evaluations/" + courseId).then().statusCode(anyOf(equalTo(201), equalTo(409)));
    }

    static Response askForCertificate(DemoUser trainee, String courseId) {
        return given().auth().oauth2(trainee.accessToken()).contentType("application/json")
                .body(Map.of("courseId", courseId)).post("/api/certificates");
    }

    /**
     * Every step to a valid certificate in a fixture course; its number (with hyphens). Test
     * classes share the profile's database, so one issued earlier in the run is returned as is.
     */
    static String certified(DemoUser trainee, String courseId, RecordedExamResults exams) {
        return certified(trainee.accessToken(), trainee.legalName, courseId, exams);
    }

    /** The same for any trainee account, by its token and the legal name on it. */
    public static String certified(String token, String legalName, String courseId, RecordedExamResults exams) {
        String subject = given().auth().oauth2(token).get("/api/me").then().statusCode(200).extract().path("subject");
        given().auth().oauth2(token).contentType("application/json").body(Map.of("courseId", courseId))
                .post("/api/enrolments").then().statusCode(anyOf(equalTo(201), equalTo(409)));
        credit(subject, courseId, 50);
        exams.pass(subject, courseId, "post-test");
        given().auth().oauth2(token).contentType("application/json").body(EVALUATION)
                .post("/api/evaluations/" + courseId).then().statusCode(anyOf(equalTo(201), equalTo(409)));
        given().auth().oauth2(token).contentType("application/json").body(Map.of("legalName", legalName))
                .post("/api/certificates/name-confirmation").then().statusCode(anyOf(equalTo(200), equalTo(201)));
        Response answer = given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("courseId", courseId)).post("/api/certificates");
        if (answer.statusCode() == 409 && answer.jsonPath().getString("detail").contains("already issued")) {
            return given().auth().oauth2(token).get("/api/certificates").then().statusCode(200).extract()
                    .jsonPath().getString("find { it.courseId == '" + courseId + "' && it.verification.status == 'VALID' }.number");
        }
        return answer.then().statusCode(201).extract().path("number");
    }

    /** Enrols the person in the TCM core (request, then an admin's approval) unless already enrolled. */
    static String enrolledInCore(DemoUser trainee) {
        String token = trainee.accessToken();
        boolean already = given().auth().oauth2(token).get("/api/enrolments").then().extract()
                .jsonPath().getList("courseId").contains("ky-tcm-core");
        if (!already) {
            int request = given().auth().oauth2(token).contentType("application/json").body(Map.of("courseId", "ky-tcm-core"))
                    .post("/api/enrolments").then().statusCode(202).extract().path("id");
            given().auth().oauth2(DemoUser.ADMIN1.accessToken()).contentType("application/json").body("{}")
                    .post("/api/enrolment-requests/" + request + "/approval").then().statusCode(201);
        }
        return subject(trainee);
    }

    static byte[] pdf(DemoUser user, String number) {
        return pdfOf(user.accessToken(), number);
    }

    /** The certificate's PDF as its holder (or a reviewer) downloads it. */
    public static byte[] pdfOf(String token, String number) {
        return given().auth().oauth2(token).get("/api/certificates/" + number + "/pdf").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
    }

    /**
     * A copy of an issued certificate under a new number, trained in 2020 and expired on
     * 2022-01-08, written straight into MariaDB (no code path issues one in the past). It has no
     * stored document; it is for verification and search by status.
     */
    public static String expiredCopyOf(DataSource dataSource, String number) throws SQLException {
        String expired = CertificateNumber.random().compact();
        try (Connection connection = dataSource.getConnection(); PreparedStatement copy = connection.prepareStatement(
                "INSERT INTO certificate (number, trainee_subject, legal_name, name_confirmation_id, course_id, course_title,"
                        + " credential, content_version, credit_hours, hour_minutes, delivery_formats, training_started_on,"
                        + " training_ended_on, completed_on, issued_on, expires_on, ce_due_on, provider_name, approval_number,"
                        + " issue_seq, sha256, issued_by, issued_by_name, issued_at)"
                        + " SELECT ?, trainee_subject, legal_name, name_confirmation_id, course_id, course_title, credential,"
                        + " content_version, credit_hours, hour_minutes, delivery_formats, '2020-01-06', '2020-01-06',"
                        + " '2020-01-07', '2020-01-08', '2022-01-08', NULL, provider_name, approval_number, issue_seq + 1000,"
                        + " sha256, issued_by, issued_by_name, issued_at FROM certificate WHERE number = ?")) {
            copy.setString(1, expired);
            copy.setString(2, CertificateNumber.parse(number).compact());
            if (copy.executeUpdate() != 1) {
                throw new IllegalStateException("no certificate " + number + " to copy");
            }
        }
        return expired;
    }
}

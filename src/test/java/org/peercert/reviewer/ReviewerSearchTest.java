package org.peercert.reviewer;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peercert.certificate.CertificateNumber;
import org.peercert.certificate.CertificateProfile;
import org.peercert.certificate.CertificateSteps;
import org.peercert.certificate.RecordedExamResults;
import org.peercert.support.CodeFlowSession;
import org.peercert.support.DemoUser;
import org.peercert.support.TraineeAccount;

import javax.sql.DataSource;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reviewer's search and a trainee's record: reviewer1 finds trainee1's certificate by its
 * number and opens the record behind it; bad input is answered 400 with what to fix.
 */
@QuarkusTest
@TestProfile(CertificateProfile.class)
class ReviewerSearchTest {

    static final String COURSE = "ce-reviewer";

    private static final TraineeAccount STATUS_TRAINEE = new TraineeAccount("search-status-trainee", "Quinn", "Halvorsen");

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/")
    URL root;

    @Inject
    RecordedExamResults exams;

    private String number;
    private String subject;

    @BeforeEach
    void trainee1IsCertified() {
        number = CertificateSteps.certified(DemoUser.TRAINEE1.accessToken(), DemoUser.TRAINEE1.legalName, COURSE, exams);
        subject = given().auth().oauth2(DemoUser.TRAINEE1.accessToken()).get("/api/me").then().extract().path("subject");
    }

    @Test
    void reviewer1FindsTrainee1sCertificateByNumberAndOpensTheRecord() {
        String typed = number.replace("-", "").toLowerCase();
        JsonPath hits = given().auth().oauth2(DemoUser.REVIEWER1.accessToken()).queryParam("number", typed)
                .get("/api/reviewer/certificates").then().statusCode(200).extract().jsonPath();
        assertEquals(1, hits.getList("").size(), hits.prettify());
        assertEquals(number, hits.getString("[0].number"));
        assertEquals(DemoUser.TRAINEE1.legalName, hits.getString("[0].legalName"));
        assertEquals("valid", hits.getString("[0].status"));
        given().auth().oauth2(DemoUser.REVIEWER1.accessToken()).queryParam("number", number).get("/api/reviewer/trainees")
                .then().statusCode(200).body("traineeSubject", equalTo(List.of(subject)));

        JsonPath record = given().auth().oauth2(DemoUser.REVIEWER1.accessToken()).get("/api/reviewer/trainees/" + subject)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(DemoUser.TRAINEE1.legalName, record.getString("legalName"));
        assertTrue(record.getString("enrolments.find { it.courseId == 'ce-reviewer' }.contentVersion").length() > 8);
        assertEquals("Attended the refresher; sign-in sheet 12 on file",
                record.getString("hours.find { it.courseId == 'ce-reviewer' && it.source == 'adjustment' }.reason"));
        assertEquals(DemoUser.ADMIN1.legalName,
                record.getString("hours.find { it.courseId == 'ce-reviewer' }.recordedByName"));
        String stored = record.getString("certificates.find { it.number == '" + number + "' }.sha256");
        assertEquals(org.peercert.certificate.Sha256.hex(CertificateSteps.pdfOf(DemoUser.TRAINEE1.accessToken(), number)), stored);
    }

    @Test
    void searchFiltersByNameCourseStatusAndIssueDates() {
        String today = LocalDate.now(ZoneId.of("America/New_York")).toString();
        String tomorrow = LocalDate.now(ZoneId.of("America/New_York")).plusDays(1).toString();
        String token = DemoUser.REVIEWER1.accessToken();
        given().auth().oauth2(token).queryParam("name", "mitch").queryParam("course", COURSE).get("/api/reviewer/certificates")
                .then().statusCode(200).body("number", hasItem(number));
        given().auth().oauth2(token).queryParam("course", COURSE).queryParam("status", "VALID").queryParam("from", today)
                .queryParam("to", today).get("/api/reviewer/certificates").then().statusCode(200).body("number", hasItem(number));
        given().auth().oauth2(token).queryParam("course", COURSE).queryParam("status", "revoked")
                .get("/api/reviewer/certificates").then().statusCode(200).body("number", not(hasItem(number)));
        given().auth().oauth2(token).queryParam("course", COURSE).queryParam("from", tomorrow)
                .get("/api/reviewer/certificates").then().statusCode(200).body("number", not(hasItem(number)));
        given().auth().oauth2(token).queryParam("name", "Jordan").get("/api/reviewer/trainees").then().statusCode(200)
                .body("traineeSubject", hasItem(subject));
        // Typed % and _ are letters, not wildcards that would match everyone.
        given().auth().oauth2(token).queryParam("name", "_").get("/api/reviewer/trainees").then().statusCode(200)
                .body("traineeSubject", not(hasItem(subject)));
        given().auth().oauth2(token).queryParam("name", "Jor%an").get("/api/reviewer/certificates").then().statusCode(200)
                .body("number", not(hasItem(number)));
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).get("/api/reviewer/trainees").then().statusCode(200)
                .body("traineeSubject", hasItem(subject));
    }

    /**
     * The status is part of the query: a revoked and an expired certificate are found by their
     * status and not by "valid", and a search for "valid" does not spend its limit on them.
     */
    @Test
    void statusFindsRevokedAndExpiredCertificates() throws Exception {
        String token = STATUS_TRAINEE.ensure().accessToken();
        String revoked = CertificateSteps.certified(token, STATUS_TRAINEE.legalName(), COURSE, exams);
        String expired = CertificateSteps.expiredCopyOf(dataSource, revoked);
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).contentType("application/json")
                .body(Map.of("reason", "Reviewer search test: issued in error")).post("/api/certificates/" + revoked + "/revocation")
                .then().statusCode(201);
        String reviewer = DemoUser.REVIEWER1.accessToken();
        Map<String, String> ours = Map.of("course", COURSE, "name", STATUS_TRAINEE.lastName());
        given().auth().oauth2(reviewer).queryParams(ours).queryParam("status", "revoked").get("/api/reviewer/certificates")
                .then().statusCode(200).body("number", equalTo(List.of(revoked))).body("status", equalTo(List.of("revoked")));
        given().auth().oauth2(reviewer).queryParams(ours).queryParam("status", "expired").get("/api/reviewer/certificates")
                .then().statusCode(200).body("number", equalTo(List.of(CertificateNumber.parse(expired).formatted())))
                .body("status", equalTo(List.of("expired")));
        given().auth().oauth2(reviewer).queryParams(ours).queryParam("status", "valid").get("/api/reviewer/certificates")
                .then().statusCode(200).body("number", equalTo(List.of()));
        given().auth().oauth2(reviewer).queryParams(ours).get("/api/reviewer/certificates").then().statusCode(200)
                .body("status", containsInAnyOrder("revoked", "expired"));
    }

    @Test
    void badInputIsAClear400() {
        String token = DemoUser.REVIEWER1.accessToken();
        for (Map<String, String> bad : List.of(Map.of("status", "lapsed"), Map.of("from", "2027-13-01"),
                Map.of("to", "yesterday"), Map.of("number", "7KQ4"), Map.of("from", "2027-02-02", "to", "2027-02-01"))) {
            for (String api : List.of("/api/reviewer/certificates", "/api/reviewer/trainees")) {
                given().auth().oauth2(token).queryParams(bad).get(api).then().statusCode(400)
                        .contentType("application/problem+json")
                        .body("detail", containsString(bad.keySet().iterator().next() + ":"))
                        .body("detail", not(containsString("Exception")));
            }
        }
        given().auth().oauth2(token).queryParam("status", "lapsed").get("/api/reviewer/certificates").then()
                .body("detail", containsString("say valid, expired or revoked"));
        CodeFlowSession reviewer = CodeFlowSession.login(root, DemoUser.REVIEWER1);
        HttpResponse<String> page = reviewer.get("/reviewer/search?from=2027-13-01");
        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("is not a date; write it as YYYY-MM-DD") && page.body().contains("id=\"search-problem\""),
                page.body());
        given().auth().oauth2(token).get("/api/reviewer/trainees/00000000-0000-0000-0000-000000000000").then().statusCode(404);
        assertEquals(404, reviewer.get("/reviewer/trainees/00000000-0000-0000-0000-000000000000").statusCode());
    }

    @Test
    void thePagesLeadFromTheSearchToTheRecordAndItsPacket() {
        CodeFlowSession reviewer = CodeFlowSession.login(root, DemoUser.REVIEWER1);
        assertTrue(reviewer.get("/reviewer").body().contains("href=\"/reviewer/search\""), "the reviewer's home links the search");
        HttpResponse<String> search = reviewer.get("/reviewer/search?number=" + number);
        assertEquals(200, search.statusCode());
        assertTrue(search.body().contains("<option value=\"" + COURSE + "\""), "courses are chosen from the catalog");
        assertTrue(search.body().contains(number) && search.body().contains("/reviewer/trainees/" + subject), search.body());
        HttpResponse<String> record = reviewer.get("/reviewer/trainees/" + subject);
        assertEquals(200, record.statusCode());
        assertTrue(record.body().contains("/reviewer/trainees/" + subject + "/packet.zip")
                && record.body().contains("sha256sum -c SHA256SUMS") && record.body().contains("openssl cms -verify")
                && record.body().contains("href=\"/audit?trainee=" + subject + "\"")
                && record.body().contains("Attended the refresher; sign-in sheet 12 on file"), record.body());
        assertEquals(200, reviewer.get("/reviewer/exports").statusCode());
    }
}

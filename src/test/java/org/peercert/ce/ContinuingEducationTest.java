package org.peercert.ce;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.peercert.support.CodeFlowSession;
import org.peercert.support.DemoUser;
import org.peercert.support.MailServer;
import org.peercert.support.ProviderToday;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A specialist's CE year with real tokens, a real database and a real SMTP server: who may see
 * it, outside CE claimed with a checked file and answered once, PeerCert CE courses counting by
 * themselves, and reminders sent once.
 */
@QuarkusTest
class ContinuingEducationTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    CeReminders reminders;

    @Inject
    org.peercert.course.CourseCatalog catalog;

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/")
    URL root;

    @Test
    void aSpecialistSeesTheirCeYearAndNobodyElseBesidesReviewersAndAdmins() {
        String trainee2 = specialist(DemoUser.TRAINEE2, ProviderToday.date().minusMonths(3), false);
        String path = "/api/trainees/" + trainee2 + "/ce";
        given().auth().oauth2(DemoUser.TRAINEE2.accessToken()).get(path).then().statusCode(200)
                .body("requiredHours", equalTo(6)).body("yearNumber", equalTo(1)).body("legalName", equalTo(DemoUser.TRAINEE2.legalName));
        given().auth().oauth2(DemoUser.TRAINEE1.accessToken()).get(path).then().statusCode(404);
        given().auth().oauth2(DemoUser.INSTRUCTOR1.accessToken()).get(path).then().statusCode(403);
        given().auth().oauth2(DemoUser.REVIEWER1.accessToken()).get(path).then().statusCode(200);
        given().get(path).then().statusCode(401);
    }

    @Test
    void anAlcoholDrugProgramOwesTenHoursAndACorrectionIsANewRecord() {
        String trainee2 = specialist(DemoUser.TRAINEE2, ProviderToday.date().minusMonths(2), true);
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).get("/api/trainees/" + trainee2 + "/ce").then()
                .statusCode(200).body("requiredHours", equalTo(10)).body("alcoholDrugProgram", equalTo(true));
        assertTrue(SpecialistRecordCount.of(dataSource, trainee2) >= 1);
    }

    @Test
    void onlyAdminsRecordSpecialistsAndTheyMustSayWhy() {
        Map<String, Object> record = Map.of("username", "trainee2", "credential", "Kentucky Adult Peer Support Specialist",
                "certifiedOn", ProviderToday.date().minusYears(1).toString(), "alcoholDrugProgram", false, "reason", "DBHDID letter on file");
        for (DemoUser notAdmin : List.of(DemoUser.TRAINEE2, DemoUser.INSTRUCTOR1, DemoUser.REVIEWER1)) {
            given().auth().oauth2(notAdmin.accessToken()).contentType("application/json").body(record).post("/api/specialists")
                    .then().statusCode(403);
        }
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).contentType("application/json")
                .body(Map.of("username", "trainee2", "credential", "APSS", "certifiedOn", ProviderToday.date().plusDays(3).toString(),
                        "reason", " "))
                .post("/api/specialists").then().statusCode(400)
                .body("errors.field", hasItem("reason")).body("errors.field", hasItem("certifiedOn"));
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).contentType("application/json")
                .body(Map.of("username", "nobody-here", "credential", "APSS", "certifiedOn", "2025-01-01", "reason", "test"))
                .post("/api/specialists").then().statusCode(404).body("detail", containsString("nobody-here"));
    }

    @Test
    void outsideCeIsClaimedWithACheckedFileAndAnsweredOnce() {
        String trainee2 = specialist(DemoUser.TRAINEE2, ProviderToday.date().minusMonths(4), false);
        String token = DemoUser.TRAINEE2.accessToken();
        double before = given().auth().oauth2(token).get("/api/trainees/" + trainee2 + "/ce").then().extract().jsonPath().getDouble("doneHours");

        upload(token, "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "2")
                .statusCode(415).body("detail", containsString("not a PDF"));
        upload(token, new byte[6 * 1024 * 1024], "2").statusCode(413);
        given().auth().oauth2(token).contentType("application/json").body("{\"title\": \"x\", \"hours\": \"lots\"}")
                .post("/api/outside-ce").then().statusCode(400);
        int claim = upload(token, PDF, "2").statusCode(201).body("status", equalTo("pending")).extract().path("id");

        given().auth().oauth2(token).contentType("application/json").body(Map.of("approved", true))
                .post("/api/outside-ce/" + claim + "/decision").then().statusCode(403);
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).contentType("application/json").body(Map.of("approved", false))
                .post("/api/outside-ce/" + claim + "/decision").then().statusCode(400).body("detail", containsString("reason"));
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).contentType("application/json").body(Map.of("approved", true))
                .post("/api/outside-ce/" + claim + "/decision").then().statusCode(201).body("status", equalTo("approved"));
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).contentType("application/json")
                .body(Map.of("approved", false, "reason", "changed my mind"))
                .post("/api/outside-ce/" + claim + "/decision").then().statusCode(409);

        double after = given().auth().oauth2(token).get("/api/trainees/" + trainee2 + "/ce").then().statusCode(200)
                .body("credits.source", hasItem("outside-ce")).extract().jsonPath().getDouble("doneHours");
        assertEquals(before + 2, after, 0.001);
    }

    @Test
    void theUploadedFileGoesBackOnlyToItsOwnerReviewersAndAdminsAsAnAttachment() {
        specialist(DemoUser.TRAINEE2, ProviderToday.date().minusMonths(4), false);
        int claim = upload(DemoUser.TRAINEE2.accessToken(), PDF, "1").statusCode(201).extract().path("id");
        String path = "/api/outside-ce/" + claim + "/certificate";
        given().auth().oauth2(DemoUser.TRAINEE2.accessToken()).get(path).then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition", containsString("attachment"));
        given().auth().oauth2(DemoUser.REVIEWER1.accessToken()).get(path).then().statusCode(200);
        given().auth().oauth2(DemoUser.TRAINEE1.accessToken()).get(path).then().statusCode(404);
        given().auth().oauth2(DemoUser.INSTRUCTOR1.accessToken()).get(path).then().statusCode(403);
    }

    @Test
    void aTraineeWhoIsNotASpecialistCannotClaim() {
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).get("/api/me").then().statusCode(200);
        // admin1 has no trainee role: refused by role, before anything else
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).contentType("application/json").body(claimJson(PDF, "1"))
                .post("/api/outside-ce").then().statusCode(403);
        given().contentType("application/json").body(claimJson(PDF, "1")).post("/api/outside-ce").then().statusCode(401);
    }

    @Test
    void aPeerCertCeCourseCountsOnceItsHoursAreCompleteAndItsPostTestPassed() {
        String trainee2 = specialist(DemoUser.TRAINEE2, ProviderToday.date().minusMonths(5), false);
        String token = DemoUser.TRAINEE2.accessToken();
        given().auth().oauth2(token).contentType("application/json").body(Map.of("courseId", "ce-person-first-language"))
                .post("/api/enrolments").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(201), equalTo(409)));
        for (Map.Entry<String, Integer> hours : Map.of("language-and-stigma", 60, "challenging-stigma", 30).entrySet()) {
            given().auth().oauth2(DemoUser.ADMIN1.accessToken()).contentType("application/json")
                    .body(Map.of("competencyId", hours.getKey(), "minutes", hours.getValue(), "reason", "Attended the live workshop; sign-in sheet on file"))
                    .post("/api/trainees/" + trainee2 + "/ledger/ce-person-first-language/adjustments").then().statusCode(201);
        }
        given().auth().oauth2(token).get("/api/trainees/" + trainee2 + "/ce").then().statusCode(200)
                .body("credits.reference", org.hamcrest.Matchers.not(hasItem("ce-person-first-language")));

        passPostTest(token, catalog.find("ce-person-first-language").orElseThrow());
        given().auth().oauth2(token).get("/api/trainees/" + trainee2 + "/ce").then().statusCode(200)
                .body("credits.find { it.reference == 'ce-person-first-language' }.hours", equalTo(1.5f));
    }

    /** Sits the course's post-test through the API and answers every question rightly. */
    private static void passPostTest(String token, org.peercert.course.Course course) {
        io.restassured.path.json.JsonPath attempt = given().auth().oauth2(token).contentType("application/json").body("{}")
                .post("/api/exams/" + course.id() + "/attempts").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)))
                .extract().jsonPath();
        long id = attempt.getLong("id");
        for (Map<String, Object> q : attempt.<Map<String, Object>>getList("questions")) {
            given().auth().oauth2(token).contentType("application/json").body(org.peercert.exam.RightAnswers.to(course, q))
                    .post("/api/exam-attempts/" + id + "/answers").then().statusCode(200);
        }
        given().auth().oauth2(token).contentType("application/json").body("{}").post("/api/exam-attempts/" + id + "/submission")
                .then().statusCode(200).body("passed", equalTo(true));
    }

    @Test
    void remindersGoOutSixtyAndFourteenDaysBeforeTheDeadlineOnceEach() throws Exception {
        LocalDate today = ProviderToday.date();
        // certified so that the CE year ends in 30 days, with no CE done in it yet
        specialist(DemoUser.TRAINEE1, today.minusYears(1).plusDays(30), false);
        int before = MailServer.receivedBy("trainee1@example.org").size();

        reminders.sendDue(today);
        reminders.sendDue(today);
        List<MimeMessage> first = MailServer.receivedBy("trainee1@example.org");
        assertEquals(before + 1, first.size(), "one reminder at 60 days, however often the job runs");
        MimeMessage sixty = first.get(first.size() - 1);
        assertTrue(sixty.getSubject().contains("6 h to go"), sixty.getSubject());

        reminders.sendDue(today.plusDays(20));
        reminders.sendDue(today.plusDays(21));
        assertEquals(before + 2, MailServer.receivedBy("trainee1@example.org").size(), "and one more at 14 days");
    }

    @Test
    void theCePageShowsTheYearAndTakesAClaimWithItsCsrfToken() {
        specialist(DemoUser.TRAINEE2, ProviderToday.date().minusMonths(6), false);
        CodeFlowSession session = CodeFlowSession.login(root, DemoUser.TRAINEE2);
        HttpResponse<String> page = session.get("/ce");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("CE year 1"), page.body());
        Map<String, String> fields = Map.of("title", "Motivational interviewing refresher", "provider", "Kentucky CE Partners",
                "hours", "1.5", "completedOn", ProviderToday.date().minusDays(2).toString());
        HttpResponse<String> withoutToken = session.postMultipart("/ce/outside-ce", fields, "certificate", "mi.pdf", "application/pdf", PDF);
        assertTrue(withoutToken.statusCode() == 400 || withoutToken.statusCode() == 403, "status " + withoutToken.statusCode());
        Map<String, String> withToken = new java.util.HashMap<>(fields);
        withToken.put("csrf-token", session.csrfToken("/ce"));
        HttpResponse<String> sent = session.postMultipart("/ce/outside-ce", withToken, "certificate", "mi.pdf", "application/pdf", PDF);
        assertEquals(200, sent.statusCode());
        assertTrue(sent.body().contains("Motivational interviewing refresher") && sent.body().contains("Waiting for an admin"), sent.body());
    }

    @Test
    void ceRecordsCannotBeChangedEvenInTheDatabase() throws SQLException {
        specialist(DemoUser.TRAINEE2, ProviderToday.date().minusMonths(1), false);
        int claim = upload(DemoUser.TRAINEE2.accessToken(), PDF, "1").statusCode(201).extract().path("id");
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).contentType("application/json")
                .body(Map.of("approved", false, "reason", "The certificate does not show a completion date"))
                .post("/api/outside-ce/" + claim + "/decision").then().statusCode(201).body("status", equalTo("rejected"));
        specialist(DemoUser.TRAINEE1, ProviderToday.date().minusYears(1).plusDays(5), false);
        reminders.sendDue(ProviderToday.date());
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            for (String table : List.of("specialist_record", "outside_ce_claim", "outside_ce_decision", "ce_reminder")) {
                SQLException update = assertThrows(SQLException.class, () -> sql.executeUpdate("DELETE FROM " + table));
                assertTrue(update.getMessage().contains("cannot be deleted") || update.getMessage().contains("foreign key"), update.getMessage());
            }
            SQLException update = assertThrows(SQLException.class, () -> sql.executeUpdate("UPDATE specialist_record SET alcohol_drug_program = NOT alcohol_drug_program"));
            assertTrue(update.getMessage().contains("cannot be updated"), update.getMessage());
        }
    }

    private static ValidatableResponse upload(String token, byte[] file, String hours) {
        return given().auth().oauth2(token).contentType("application/json").body(claimJson(file, hours))
                .post("/api/outside-ce").then();
    }

    private static Map<String, Object> claimJson(byte[] file, String hours) {
        return Map.of("title", "Trauma-informed peer support", "provider", "Bluegrass Recovery Academy", "hours", hours,
                "completedOn", ProviderToday.date().minusDays(10).toString(), "fileName", "certificate.pdf",
                "certificateBase64", java.util.Base64.getEncoder().encodeToString(file));
    }

    /** Records the person as a specialist certified on {@code certifiedOn}; answers their subject. */
    static String specialist(DemoUser who, LocalDate certifiedOn, boolean alcoholDrugProgram) {
        return given().auth().oauth2(DemoUser.ADMIN1.accessToken()).contentType("application/json")
                .body(Map.of("username", who.username, "credential", "Kentucky Adult Peer Support Specialist",
                        "certifiedOn", certifiedOn.toString(), "alcoholDrugProgram", alcoholDrugProgram,
                        "reason", "DBHDID certification letter on file"))
                .post("/api/specialists").then().statusCode(201).extract().path("traineeSubject");
    }

    /** Counts a specialist's records straight from the database: corrections add rows. */
    static final class SpecialistRecordCount {
        static int of(AgroalDataSource dataSource, String trainee) {
            try (Connection c = dataSource.getConnection(); var s = c.prepareStatement("SELECT COUNT(*) FROM specialist_record WHERE trainee_subject = ?")) {
                s.setString(1, trainee);
                var rs = s.executeQuery();
                rs.next();
                return rs.getInt(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}

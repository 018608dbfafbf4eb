package org.peercert.reviewer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.peercert.certificate.CertificateProfile;
import org.peercert.certificate.CertificateSteps;
import org.peercert.certificate.RecordedExamResults;
import org.peercert.support.DemoUser;
import org.peercert.support.TraineeAccount;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exports stay valid CSV with commas, quotes and accents: each is parsed back with Commons
 * CSV and compared field by field. Names come from Keycloak (which refuses double quotes in a
 * name), so the quotes travel in a session title and a correction's reason. Each export is audited.
 */
@QuarkusTest
@TestProfile(CertificateProfile.class)
class ReviewerExportsTest {

    private static final TraineeAccount AWKWARD = new TraineeAccount("reviewer-csv-trainee", "Zoë", "O'Brien, Núñez");
    private static final String TITLE = "Boundaries, \"dual relationships\" and you";
    private static final String REASON = "Sign-in sheet \"B\", row 4; co-signed by Núñez";
    private static final String FORMULA_REASON = "=HYPERLINK(\"http://example.org\",\"sheet\") entered twice";

    @Inject
    RecordedExamResults exams;

    @Test
    void trisAndRosterExportsParseBackToTheRecords() throws IOException {
        String token = AWKWARD.ensure().accessToken();
        String number = CertificateSteps.certified(token, AWKWARD.legalName(), ReviewerSearchTest.COURSE, exams);
        String subject = given().auth().oauth2(token).get("/api/me").then().extract().path("subject");
        String trainee1 = given().auth().oauth2(DemoUser.TRAINEE1.accessToken()).get("/api/me").then().extract().path("subject");
        CertificateSteps.certified(DemoUser.TRAINEE1.accessToken(), DemoUser.TRAINEE1.legalName, ReviewerSearchTest.COURSE, exams);
        long session = liveSessionAttendedBy(subject, trainee1);
        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
        Map<String, String> period = Map.of("from", today.minusDays(1).toString(), "to", today.plusDays(1).toString());

        List<CSVRecord> tris = parse(given().auth().oauth2(DemoUser.REVIEWER1.accessToken()).queryParams(period)
                .get("/api/reviewer/exports/tris").then().statusCode(200).contentType("text/csv; charset=UTF-8").extract()
                .asByteArray(), Exports.TRIS);
        CSVRecord row = tris.stream().filter(r -> r.get("certificate_number").equals(number)).findFirst().orElseThrow();
        assertEquals("Zoë O'Brien, Núñez", row.get("name"));
        assertEquals("Continuing education, 1 contact hour", row.get("credential"));
        assertEquals("1", row.get("hours"));
        assertEquals(today.toString(), row.get("completion_date"));
        assertEquals("PeerCert Training Provider", row.get("provider_name"));
        assertEquals("valid", row.get("status"));

        List<CSVRecord> rosters = parse(given().auth().oauth2(DemoUser.REVIEWER1.accessToken()).queryParams(period)
                .get("/api/reviewer/exports/rosters").then().statusCode(200).extract().asByteArray(), Exports.ROSTERS);
        List<CSVRecord> ours = rosters.stream().filter(r -> r.get("session_id").equals(String.valueOf(session))).toList();
        assertEquals(2, ours.size(), ours.toString());
        CSVRecord present = ours.stream().filter(r -> r.get("trainee_subject").equals(subject)).findFirst().orElseThrow();
        assertEquals("Zoë O'Brien, Núñez", present.get("trainee_name"));
        assertEquals(TITLE, present.get("title"));
        assertEquals("90", present.get("minutes_present"));
        CSVRecord absent = ours.stream().filter(r -> r.get("trainee_subject").equals(trainee1)).findFirst().orElseThrow();
        assertEquals("", absent.get("joined_at"));

        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).contentType("application/json")
                .body(Map.of("competencyId", "ethics-refresher", "minutes", 5, "reason", REASON))
                .post("/api/trainees/" + subject + "/ledger/" + ReviewerSearchTest.COURSE + "/adjustments").then().statusCode(201);
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).contentType("application/json")
                .body(Map.of("competencyId", "ethics-refresher", "minutes", 5, "reason", FORMULA_REASON))
                .post("/api/trainees/" + subject + "/ledger/" + ReviewerSearchTest.COURSE + "/adjustments").then().statusCode(201);
        byte[] zip = given().auth().oauth2(DemoUser.REVIEWER1.accessToken()).get("/api/reviewer/trainees/" + subject + "/packet")
                .then().statusCode(200).extract().asByteArray();
        Map<String, byte[]> files = PacketChecks.unzip(zip);
        List<CSVRecord> hours = parse(files.get("hours.csv"), null);
        assertTrue(hours.stream().anyMatch(r -> r.get("reason").equals(REASON)), hours.toString());
        // A reason typed as a spreadsheet formula comes out as text, not as a formula to run.
        assertTrue(hours.stream().anyMatch(r -> r.get("reason").equals("'" + FORMULA_REASON)), hours.toString());
        List<CSVRecord> certificates = parse(files.get("certificates.csv"), null);
        assertEquals("Zoë O'Brien, Núñez", certificates.get(0).get("legal_name"));

        List<String> exports = given().auth().oauth2(DemoUser.REVIEWER1.accessToken()).queryParam("action", "reviewer.export")
                .get("/api/audit").then().statusCode(200).extract().jsonPath().getList("action");
        assertTrue(exports.containsAll(List.of("reviewer.export.tris", "reviewer.export.rosters")), exports.toString());
    }

    @Test
    void anExportNeedsAPeriodInOrder() {
        String token = DemoUser.REVIEWER1.accessToken();
        given().auth().oauth2(token).get("/api/reviewer/exports/tris").then().statusCode(400);
        given().auth().oauth2(token).queryParam("from", "2027-03-01").queryParam("to", "2027-02-01")
                .get("/api/reviewer/exports/rosters").then().statusCode(400);
        given().auth().oauth2(token).queryParam("from", "03/01/2027").queryParam("to", "2027-02-01")
                .get("/api/reviewer/exports/tris").then().statusCode(400);
    }

    /** A 90-minute session that ended an hour ago: the awkward trainee attended, trainee1 did not. */
    private static long liveSessionAttendedBy(String attended, String absent) {
        String instructor = DemoUser.INSTRUCTOR1.accessToken();
        Instant start = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MINUTES);
        long session = ((Number) given().auth().oauth2(instructor).contentType("application/json")
                .body(Map.of("competencyId", "ethics-refresher", "title", TITLE, "startsAt", start.toString(),
                        "endsAt", start.plus(Duration.ofMinutes(90)).toString(), "format", "in-person",
                        "location", "Room 2, Lexington", "rosterSubjects", List.of(attended, absent)))
                .post("/api/live-sessions/" + ReviewerSearchTest.COURSE).then().statusCode(201).extract().path("session.id"))
                .longValue();
        given().auth().oauth2(instructor).contentType("application/json")
                .body(Map.of("traineeSubject", attended, "joinedAt", start.toString(),
                        "leftAt", start.plus(Duration.ofMinutes(90)).toString()))
                .post("/api/live-sessions/session/" + session + "/attendance").then().statusCode(201);
        return session;
    }

    private static List<CSVRecord> parse(byte[] csv, String[] header) throws IOException {
        try (CSVParser parser = CSVParser.parse(new StringReader(new String(csv, StandardCharsets.UTF_8)),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            if (header != null) {
                assertEquals(List.of(header), parser.getHeaderNames());
            }
            return parser.getRecords();
        }
    }
}

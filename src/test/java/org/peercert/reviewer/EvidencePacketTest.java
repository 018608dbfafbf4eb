package org.peercert.reviewer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peercert.certificate.CertificateDocument;
import org.peercert.certificate.CertificateProfile;
import org.peercert.certificate.CertificateSteps;
import org.peercert.certificate.RecordedExamResults;
import org.peercert.support.CodeFlowSession;
import org.peercert.support.DemoUser;
import org.peercert.support.TraineeAccount;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The evidence packet: its manifest matches its files, its certificates are the stored bytes,
 * the published commands check it and catch a changed file; a large packet is built in the
 * background, followed and downloaded by its reviewer alone (and admins); every step is audited.
 */
@QuarkusTest
@TestProfile(CertificateProfile.class)
class EvidencePacketTest {

    private static final TraineeAccount SECOND_REVIEWER = new TraineeAccount("reviewer-two", "Robin", "Ashby");

    @TestHTTPResource("/")
    URL root;

    @Inject
    RecordedExamResults exams;

    private String number;
    private String subject;

    @BeforeEach
    void trainee1IsCertified() {
        number = CertificateSteps.certified(DemoUser.TRAINEE1.accessToken(), DemoUser.TRAINEE1.legalName,
                ReviewerSearchTest.COURSE, exams);
        subject = given().auth().oauth2(DemoUser.TRAINEE1.accessToken()).get("/api/me").then().extract().path("subject");
    }

    @Test
    void thePacketHoldsEveryRecordAndTheStoredCertificatesAndChecksWithThePublishedCommand() throws Exception {
        byte[] zip = given().auth().oauth2(DemoUser.REVIEWER1.accessToken()).get("/api/reviewer/trainees/" + subject + "/packet")
                .then().statusCode(200).contentType("application/zip").extract().asByteArray();
        Map<String, byte[]> files = PacketChecks.unzip(zip);
        for (String section : List.of("enrolments", "hours", "attendance", "activity-spans", "exam-attempts", "oral-scores",
                "certificates")) {
            assertTrue(files.containsKey(section + ".csv") && files.containsKey(section + ".json"), section + ": " + files.keySet());
        }
        String summary = PacketChecks.summaryText(files);
        assertTrue(summary.contains(DemoUser.TRAINEE1.legalName) && summary.contains(number)
                && summary.contains("sha256sum -c SHA256SUMS"), summary);
        JsonPath manifest = PacketChecks.assertManifestMatches(files);
        assertEquals(subject, manifest.getString("traineeSubject"));
        assertEquals(DemoUser.REVIEWER1.legalName, manifest.getString("producedBy"));
        List<Map<String, Object>> certificates = manifest.getList("certificates");
        assertTrue(certificates.stream().anyMatch(c -> number.equals(c.get("number"))), certificates.toString());
        for (Map<String, Object> c : certificates) {
            assertEquals(true, c.get("matchesStoredSha256"), c.toString());
            byte[] inPacket = files.get((String) c.get("path"));
            assertArrayEquals(CertificateSteps.pdfOf(DemoUser.TRAINEE1.accessToken(), (String) c.get("number")), inPacket);
        }
        byte[] stored = QuarkusTransaction.requiringNew().call(() -> CertificateDocument.<CertificateDocument>list(
                "certificateId = (select id from Certificate where number = ?1)", number.replace("-", "")).get(0).pdf);
        assertArrayEquals(stored, files.get("certificates/" + number + ".pdf"), "byte for byte the stored PDF");

        PacketChecks.assertPublishedChecksPassThenCatchTampering(zip, "certificates/" + number + ".pdf");
        assertAudited("reviewer.packet.downloaded");
    }

    @Test
    void aPacketBuiltInTheBackgroundShowsProgressAndIsItsReviewersAlone() throws Exception {
        JsonPath started = given().auth().oauth2(DemoUser.REVIEWER1.accessToken()).contentType("application/json")
                .body(Map.of("traineeSubject", subject)).post("/api/reviewer/packet-jobs").then().statusCode(202)
                .extract().jsonPath();
        long id = started.getLong("id");
        assertTrue(started.getInt("total") >= 2, started.prettify());
        JsonPath done = PacketChecks.finished(id);
        assertEquals(done.getInt("total"), done.getInt("added"), done.prettify());
        byte[] zip = given().auth().oauth2(DemoUser.REVIEWER1.accessToken()).get("/api/reviewer/packet-jobs/" + id + "/zip")
                .then().statusCode(200).contentType("application/zip").extract().asByteArray();
        PacketChecks.assertManifestMatches(PacketChecks.unzip(zip));
        PacketChecks.assertPublishedChecksPassThenCatchTampering(zip, "hours.csv");

        String other = SECOND_REVIEWER.ensure("reviewer").accessToken();
        given().auth().oauth2(other).get("/api/reviewer/packet-jobs/" + id).then().statusCode(404);
        given().auth().oauth2(other).get("/api/reviewer/packet-jobs/" + id + "/zip").then().statusCode(404);
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).get("/api/reviewer/packet-jobs/" + id).then().statusCode(200);
        for (DemoUser refused : List.of(DemoUser.TRAINEE1, DemoUser.INSTRUCTOR1)) {
            given().auth().oauth2(refused.accessToken()).get("/api/reviewer/packet-jobs/" + id).then().statusCode(403);
            given().auth().oauth2(refused.accessToken()).contentType("application/json").body(Map.of("traineeSubject", subject))
                    .post("/api/reviewer/packet-jobs").then().statusCode(403);
        }
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).get("/api/certificate-jobs/" + id).then().statusCode(404);
        given().auth().oauth2(DemoUser.REVIEWER1.accessToken()).contentType("application/json")
                .body(Map.of("traineeSubject", "00000000-0000-0000-0000-000000000000")).post("/api/reviewer/packet-jobs")
                .then().statusCode(404);
        assertAudited("reviewer.packet.requested");
        assertAudited("reviewer.packet.built");
    }

    @Test
    void thePageStartsABackgroundPacketOnlyWithItsCsrfTokenAndFollowsIt() throws Exception {
        CodeFlowSession reviewer = CodeFlowSession.login(root, DemoUser.REVIEWER1);
        String record = "/reviewer/trainees/" + subject;
        HttpResponse<String> refused = reviewer.post(record + "/packet-jobs", Map.of());
        assertEquals(400, refused.statusCode(), "no CSRF token, no job");
        HttpResponse<String> started = reviewer.post(record + "/packet-jobs", Map.of("csrf-token", reviewer.csrfToken(record)));
        assertEquals(200, started.statusCode(), started.body()); // the session follows the 303 to the job's page
        String job = started.uri().getPath();
        assertTrue(job.matches("/reviewer/packet-jobs/\\d+"), job);
        HttpResponse<String> page = reviewer.get(job);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("data-progress-url=\"" + job + "/progress\""), page.body());
        PacketChecks.finished(Long.parseLong(job.substring(job.lastIndexOf('/') + 1)));
        assertTrue(reviewer.get(job).body().contains(job + "/zip"), "the finished page links the download");
        assertEquals(200, reviewer.get(job + "/zip").statusCode());
        assertEquals(200, reviewer.get(record + "/packet.zip").statusCode());
    }

    private void assertAudited(String action) {
        List<String> actions = given().auth().oauth2(DemoUser.REVIEWER1.accessToken()).queryParam("trainee", subject)
                .queryParam("action", "reviewer.").get("/api/audit").then().statusCode(200).extract().jsonPath().getList("action");
        assertTrue(actions.contains(action), actions.toString());
    }
}

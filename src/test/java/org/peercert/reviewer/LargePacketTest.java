package org.peercert.reviewer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.agroal.api.AgroalDataSource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.peercert.certificate.CertificateProfile;
import org.peercert.certificate.CertificateSteps;
import org.peercert.certificate.RecordedExamResults;
import org.peercert.people.Actor;
import org.peercert.support.CodeFlowSession;
import org.peercert.support.DemoUser;
import org.peercert.support.TraineeAccount;

import java.net.URL;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A packet over the configured size (two records here) is not made in the request: the download
 * answers 409 and the record page offers the background build instead. A background packet held
 * by another node's lease waits until that lease runs out, then this node builds it.
 */
@QuarkusTest
@TestProfile(LargePacketTest.SmallPackets.class)
class LargePacketTest {

    private static final TraineeAccount TRAINEE = new TraineeAccount("reviewer-large-packet", "Casey", "Lindqvist-Ortiz");

    /** The certificate tests' service, with packets of more than two records built in the background. */
    public static class SmallPackets extends CertificateProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("lms.reviewer.packet-background-threshold", "2");
            return overrides;
        }
    }

    @TestHTTPResource("/")
    URL root;

    @Inject
    RecordedExamResults exams;

    @Inject
    Packets packets;

    @Inject
    EntityManager entities;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aLargePacketIsBuiltInTheBackgroundAndWaitsForAnotherNodesLease() throws Exception {
        String token = TRAINEE.ensure().accessToken();
        CertificateSteps.certified(token, TRAINEE.legalName(), ReviewerSearchTest.COURSE, exams);
        String subject = given().auth().oauth2(token).get("/api/me").then().extract().path("subject");

        given().auth().oauth2(DemoUser.REVIEWER1.accessToken()).get("/api/reviewer/trainees/" + subject + "/packet").then()
                .statusCode(409).body("detail", containsString("build it in the background"));
        CodeFlowSession reviewer = CodeFlowSession.login(root, DemoUser.REVIEWER1);
        String page = reviewer.get("/reviewer/trainees/" + subject).body();
        assertFalse(page.contains("id=\"packet-download\""), "no direct download for a large packet");
        assertTrue(page.contains("id=\"packet-start\""), page);

        String reviewerSubject = given().auth().oauth2(DemoUser.REVIEWER1.accessToken()).get("/api/me").then().extract().path("subject");
        long id = QuarkusTransaction.requiringNew().call(() -> {
            long job = packets.start(subject, new Actor(reviewerSubject, DemoUser.REVIEWER1.legalName)).id;
            entities.createNativeQuery("INSERT INTO certificate_job_lease (job_id, node, expires_at) "
                    + "VALUES (:job, 'another-node', NOW(6) + INTERVAL 1 HOUR)").setParameter("job", job).executeUpdate();
            return job;
        });
        Thread.sleep(1500); // five polls of this node
        given().auth().oauth2(DemoUser.REVIEWER1.accessToken()).get("/api/reviewer/packet-jobs/" + id).then().statusCode(200)
                .body("done", equalTo(0)).body("finished", equalTo(false));
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("UPDATE certificate_job_lease SET expires_at = NOW(6) - INTERVAL 1 SECOND WHERE job_id = " + id);
        }
        JsonPath done = PacketChecks.finished(id);
        assertEquals(done.getInt("total"), done.getInt("added"), done.prettify());
        byte[] zip = given().auth().oauth2(DemoUser.REVIEWER1.accessToken()).get("/api/reviewer/packet-jobs/" + id + "/zip")
                .then().statusCode(200).extract().asByteArray();
        PacketChecks.assertManifestMatches(PacketChecks.unzip(zip));
    }
}

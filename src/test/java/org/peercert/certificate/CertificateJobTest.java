package org.peercert.certificate;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.peercert.course.CourseCatalog;
import org.peercert.people.Actor;
import org.peercert.support.CodeFlowSession;
import org.peercert.support.DemoUser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bulk issue and bulk download in the background: progress kept in the database (a page reload
 * shows it), trainees who have not met the rule skipped with the reason, the ZIP holding the
 * stored bytes, and a job held by another node's lease left alone until that lease runs out.
 */
@QuarkusTest
@TestProfile(CertificateProfile.class)
class CertificateJobTest {

    private static final String COURSE = "ce-jobs";

    @TestHTTPResource("/")
    URL root;

    @Inject
    RecordedExamResults exams;

    @Inject
    CertificateJobs jobs;

    @Inject
    CourseCatalog catalog;

    @Inject
    EntityManager entities;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void bulkIssueThenBulkDownloadAndNothingCanBeChangedAfterwards() throws Exception {
        String ready = CertificateSteps.subject(DemoUser.TRAINEE1);
        CertificateSteps.enrol(DemoUser.TRAINEE1, COURSE);
        CertificateSteps.credit(ready, COURSE, 50);
        exams.pass(ready, COURSE, "post-test");
        CertificateSteps.evaluate(DemoUser.TRAINEE1, COURSE);
        CertificateSteps.confirmName(DemoUser.TRAINEE1);
        CertificateSteps.enrol(DemoUser.TRAINEE2, COURSE); // enrolled, nothing done yet

        JsonPath issue = finished(start("issue"));
        assertEquals(2, issue.getInt("total"));
        assertEquals(1, issue.getInt("issued"));
        assertEquals(1, issue.getInt("skipped"));
        assertTrue(issue.getString("problems[0].detail").startsWith(DemoUser.TRAINEE2.legalName + ": ")
                && issue.getString("problems[0].detail").contains("Training hours: 1 h to go"), issue.prettify());
        String number = given().auth().oauth2(DemoUser.TRAINEE1.accessToken()).get("/api/certificates").then()
                .extract().jsonPath().getString("find { it.courseId == '" + COURSE + "' }.number");

        JsonPath download = finished(start("download"));
        assertEquals(1, download.getInt("added"));
        byte[] zip = given().auth().oauth2(DemoUser.ADMIN1.accessToken()).get("/api/certificate-jobs/" + download.getLong("id") + "/zip")
                .then().statusCode(200).contentType("application/zip").extract().asByteArray();
        Map<String, byte[]> files = unzip(zip);
        byte[] pdf = files.get(number + " Jordan Mitchell.pdf");
        assertTrue(pdf != null, files.keySet().toString());
        assertEquals(Sha256.hex(CertificateSteps.pdf(DemoUser.TRAINEE1, number)), Sha256.hex(pdf), "the stored bytes");
        String manifest = new String(files.get("manifest.csv"), StandardCharsets.UTF_8);
        assertTrue(manifest.contains(number) && manifest.contains("VALID") && manifest.contains(Sha256.hex(pdf)), manifest);

        CodeFlowSession admin = CodeFlowSession.login(root, DemoUser.ADMIN1);
        String page = admin.get("/admin/certificate-jobs/" + issue.getLong("id")).body();
        assertTrue(page.contains("2 of 2 done") && page.contains("Training hours: 1 h to go"), page);
        assertTrue(admin.get("/admin/certificate-jobs/" + download.getLong("id")).body().contains("/zip"));
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).get("/api/certificate-jobs/" + issue.getLong("id") + "/zip")
                .then().statusCode(404);

        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).contentType("application/json")
                .body(Map.of("reason", "Replaced after a name correction", "allowReplacement", true))
                .post("/api/certificates/" + number + "/revocation")
                .then().statusCode(201);
        everyTableRefusesChange();
    }

    @Test
    void aJobLeasedByAnotherNodeWaitsUntilThatLeaseRunsOut() throws Exception {
        CertificateSteps.certified(DemoUser.TRAINEE2, "ce-access", exams);
        Actor admin = new Actor(CertificateSteps.subject(DemoUser.ADMIN1), "Pat Lindqvist");
        long id = QuarkusTransaction.requiringNew().call(() -> {
            CertificateJob job = jobs.start(CertificateJob.DOWNLOAD, catalog.find("ce-access").orElseThrow(), admin);
            entities.createNativeQuery("INSERT INTO certificate_job_lease (job_id, node, expires_at) "
                    + "VALUES (:job, 'another-node', NOW(6) + INTERVAL 1 HOUR)").setParameter("job", job.id).executeUpdate();
            return job.id;
        });
        Thread.sleep(1500); // five polls of this node
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).get("/api/certificate-jobs/" + id).then().statusCode(200)
                .body("done", equalTo(0)).body("finished", equalTo(false));
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("UPDATE certificate_job_lease SET expires_at = NOW(6) - INTERVAL 1 SECOND WHERE job_id = " + id);
        }
        JsonPath taken = finished(id);
        assertTrue(taken.getInt("added") >= 1, taken.prettify());
    }

    @Test
    void onlyAdminsRunJobs() {
        for (DemoUser other : List.of(DemoUser.TRAINEE1, DemoUser.INSTRUCTOR1, DemoUser.REVIEWER1)) {
            given().auth().oauth2(other.accessToken()).contentType("application/json")
                    .body(Map.of("kind", "download", "courseId", COURSE)).post("/api/certificate-jobs").then().statusCode(403);
            given().auth().oauth2(other.accessToken()).get("/api/certificate-jobs/1").then().statusCode(403);
        }
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).contentType("application/json")
                .body(Map.of("kind", "reprint", "courseId", COURSE)).post("/api/certificate-jobs").then().statusCode(400)
                .body("detail", containsString("kind"));
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).contentType("application/json")
                .body(Map.of("kind", "download", "courseId", "ce-empty")).post("/api/certificate-jobs").then().statusCode(409)
                .body("detail", containsString("No certificate"));
    }

    private static long start(String kind) {
        return given().auth().oauth2(DemoUser.ADMIN1.accessToken()).contentType("application/json")
                .body(Map.of("kind", kind, "courseId", COURSE)).post("/api/certificate-jobs").then().statusCode(202)
                .extract().jsonPath().getLong("id");
    }

    private static JsonPath finished(long id) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            JsonPath progress = given().auth().oauth2(DemoUser.ADMIN1.accessToken()).get("/api/certificate-jobs/" + id).then()
                    .statusCode(200).extract().jsonPath();
            if (progress.getBoolean("finished")) {
                return progress;
            }
            assertTrue(System.currentTimeMillis() < deadline, "job " + id + " did not finish: " + progress.prettify());
            Thread.sleep(200);
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private void everyTableRefusesChange() throws SQLException {
        Map<String, String> column = Map.of("certificate_document", "certificate_id", "course_evaluation_rating", "rating",
                "certificate_job_outcome", "job_id", "certificate_job_finish", "job_id");
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            for (String table : List.of("certificate", "certificate_document", "certificate_revocation", "certificate_replacement",
                    "name_confirmation", "course_evaluation", "course_evaluation_rating", "certificate_job", "certificate_job_item",
                    "certificate_job_outcome", "certificate_job_finish")) {
                String c = column.getOrDefault(table, "id");
                SQLException update = assertThrows(SQLException.class,
                        () -> sql.executeUpdate("UPDATE " + table + " SET " + c + " = " + c), table);
                assertTrue(update.getMessage().contains("cannot be updated"), table + ": " + update.getMessage());
                SQLException delete = assertThrows(SQLException.class, () -> sql.executeUpdate("DELETE FROM " + table), table);
                assertTrue(delete.getMessage().contains("cannot be deleted") || delete.getMessage().contains("foreign key"),
                        table + ": " + delete.getMessage());
            }
        }
    }
}

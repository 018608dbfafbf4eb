package org.peercert.web;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.peercert.course.Course;
import org.peercert.course.ShippedCourses;
import org.peercert.exam.RightAnswers;
import org.peercert.support.DemoUser;
import org.peercert.support.KeycloakServer;
import org.peercert.support.PackagedApp;
import org.peercert.support.PrivateMariaDb;
import org.peercert.support.TraineeAccount;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's backup and restore, run for real: a certificate is issued, {@code docker/backup.sh}
 * backs everything up, {@code docker/restore.sh} puts it into an empty database on another
 * MariaDB server, and PeerCert started there verifies the certificate, serves the same PDF bytes
 * and finds its audit log whole.
 */
class BackupRestoreIT {

    private static final String COURSE = "ce-person-first-language";
    private static final TraineeAccount TRAINEE = new TraineeAccount("backup-trainee", "Riley", "Castellano");

    @Test
    void aRestoredBackupVerifiesItsCertificatesAndItsAuditLog() throws Exception {
        KeycloakServer.ensureRunning();
        Path backup = Files.createTempDirectory("peercert-backup-").resolve("backup.tar.gz");
        String number;
        String pdfSha;
        try (PrivateMariaDb original = PrivateMariaDb.start();
             PackagedApp app = PackagedApp.start("backup-original", original.jdbcUrl("peercert"))) {
            number = certify(app);
            pdfSha = sha256(pdf(app, number));
            run(Map.of("BACKUP_DB_PORT", String.valueOf(original.port())), "bash", "docker/backup.sh", backup.toString());
        }
        try (PrivateMariaDb empty = PrivateMariaDb.start()) {
            run(Map.of("RESTORE_DB_PORT", String.valueOf(empty.port())), "bash", "docker/restore.sh", backup.toString());
            try (PackagedApp restored = PackagedApp.start("backup-restored", empty.jdbcUrl("peercert"))) {
                given().baseUri(restored.url()).get("/api/verify/" + number).then().statusCode(200)
                        .body("status", equalTo("VALID")).body("name", equalTo(TRAINEE.legalName()));
                assertEquals(pdfSha, sha256(pdf(restored, number)), "the restored certificate is the same bytes");
                given().baseUri(restored.url()).auth().oauth2(DemoUser.REVIEWER1.accessToken()).get("/api/audit/verification")
                        .then().statusCode(200).body("intact", equalTo(true));
            }
        }
    }

    /** The CE path through the API: enrolment, hours, the post-test answered rightly, evaluation, name, certificate. */
    private static String certify(PackagedApp app) {
        String token = TRAINEE.ensure().accessToken();
        String subject = api(app, token).get("/api/me").then().extract().path("subject");
        api(app, token).contentType("application/json").body(Map.of("courseId", COURSE)).post("/api/enrolments").then().statusCode(201);
        Course course = ShippedCourses.course(COURSE);
        String admin = DemoUser.ADMIN1.accessToken();
        course.competencies().forEach(c -> api(app, admin).contentType("application/json")
                .body(Map.of("competencyId", c.id(), "minutes", c.hours().multiply(java.math.BigDecimal.valueOf(60)).intValue(),
                        "reason", "Attended the live workshop; sign-in sheet on file"))
                .post("/api/trainees/" + subject + "/ledger/" + COURSE + "/adjustments").then().statusCode(201));
        JsonPath attempt = api(app, token).contentType("application/json").body("{}").post("/api/exams/" + COURSE + "/attempts")
                .then().statusCode(201).extract().jsonPath();
        for (Map<String, Object> q : attempt.<Map<String, Object>>getList("questions")) {
            api(app, token).contentType("application/json").body(RightAnswers.to(course, q))
                    .post("/api/exam-attempts/" + attempt.getLong("id") + "/answers").then().statusCode(200);
        }
        api(app, token).contentType("application/json").body("{}").post("/api/exam-attempts/" + attempt.getLong("id") + "/submission")
                .then().statusCode(200).body("passed", equalTo(true));
        api(app, token).contentType("application/json").body(Map.of("ratings", Map.of("objectives", 5, "relevance", 5, "clarity", 4,
                "format", 4, "apply", 5, "recommend", 5), "comments", "Useful, and the scripts help.")).post("/api/evaluations/" + COURSE)
                .then().statusCode(201);
        api(app, token).contentType("application/json").body(Map.of("legalName", TRAINEE.legalName()))
                .post("/api/certificates/name-confirmation").then().statusCode(201);
        return api(app, token).contentType("application/json").body(Map.of("courseId", COURSE)).post("/api/certificates")
                .then().statusCode(201).extract().path("number");
    }

    private static byte[] pdf(PackagedApp app, String number) {
        return api(app, TRAINEE.accessToken()).get("/api/certificates/" + number + "/pdf").then().statusCode(200).extract().asByteArray();
    }

    private static RequestSpecification api(PackagedApp app, String token) {
        return given().baseUri(app.url()).auth().oauth2(token);
    }

    private static void run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        Path log = Files.createDirectories(Path.of("target/it")).resolve("backup-restore-scripts.log");
        ProcessBuilder builder = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        builder.environment().put("LMS_CERTIFICATES_GENERATED_KEY_DIR", Path.of("target/it-signing").toAbsolutePath().toString());
        int exit = builder.start().waitFor();
        assertTrue(exit == 0, String.join(" ", command) + " exited with " + exit + "; see " + log.toAbsolutePath());
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}

package org.peercert.certificate;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.peercert.support.DemoUser;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The database runs out of room while a certificate's PDF is stored (a trigger raises MariaDB's
 * own "table is full" error): the issue is rolled back whole, the trainee is told to try again,
 * and once there is room the certificate is issued once.
 */
@QuarkusTest
@TestProfile(CertificateProfile.class)
class CertificateStorageFailureTest {

    private static final String COURSE = "ce-storage";

    @Inject
    RecordedExamResults exams;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aFailedWriteIssuesNothingAndTheNextTryIssuesOnce() throws SQLException {
        String subject = CertificateSteps.subject(DemoUser.TRAINEE2);
        CertificateSteps.enrol(DemoUser.TRAINEE2, COURSE);
        CertificateSteps.credit(subject, COURSE, 50);
        exams.pass(subject, COURSE, "post-test");
        CertificateSteps.evaluate(DemoUser.TRAINEE2, COURSE);
        CertificateSteps.confirmName(DemoUser.TRAINEE2);

        try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement()) {
            sql.executeUpdate("CREATE TRIGGER certificate_document_full BEFORE INSERT ON certificate_document FOR EACH ROW "
                    + "SIGNAL SQLSTATE 'HY000' SET MYSQL_ERRNO = 1114, MESSAGE_TEXT = 'The table certificate_document is full'");
            try {
                CertificateSteps.askForCertificate(DemoUser.TRAINEE2, COURSE).then().statusCode(503)
                        .header("Retry-After", "300")
                        .body("detail", containsString("Nothing was saved"))
                        .body(not(containsString("Exception")));
                assertEquals(0, count(c, "SELECT COUNT(*) FROM certificate WHERE trainee_subject = ? AND course_id = ?", subject));
                assertEquals(0, count(c, "SELECT COUNT(*) FROM audit_event WHERE action = 'certificate.issued' "
                        + "AND trainee_subject = ? AND course_id = ?", subject));
            } finally {
                sql.executeUpdate("DROP TRIGGER certificate_document_full");
            }
        }
        CertificateSteps.askForCertificate(DemoUser.TRAINEE2, COURSE).then().statusCode(201);
        try (Connection c = dataSource.getConnection()) {
            assertEquals(1, count(c, "SELECT COUNT(*) FROM certificate WHERE trainee_subject = ? AND course_id = ?", subject));
        }
    }

    private static int count(Connection c, String query, String subject) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(query)) {
            s.setString(1, subject);
            s.setString(2, COURSE);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}

package org.peercert.certificate;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.peercert.support.DemoUser;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

/**
 * The service as shipped, with the exams' own records: a certification certificate is refused
 * while the written and oral exams are not passed, and the trainee reads each missing step.
 */
@QuarkusTest
class ExamRequirementsTest {

    @Test
    void aCertificationCertificateWaitsForTheWrittenAndOralExams() {
        CertificateSteps.enrolledInCore(DemoUser.TRAINEE2);
        CertificateSteps.askForCertificate(DemoUser.TRAINEE2, "ky-tcm-core").then().statusCode(409)
                .body("detail", allOf(containsString("Written exam: not passed yet"),
                        containsString("Oral exam: not passed yet")));
    }
}

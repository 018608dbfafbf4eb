package org.peercert.certificate;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.peercert.support.DemoUser;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

/**
 * The service as shipped, without the exam features connected: every exam requirement refuses,
 * so no certificate that needs an exam is issued, and the trainee reads why.
 */
@QuarkusTest
class UnwiredExamsTest {

    @Test
    void untilTheExamsAreConnectedACertificationCertificateIsRefused() {
        CertificateSteps.enrolledInCore(DemoUser.TRAINEE2);
        CertificateSteps.askForCertificate(DemoUser.TRAINEE2, "ky-tcm-core").then().statusCode(409)
                .body("detail", allOf(containsString("Written exam: results are not connected to certificates yet"),
                        containsString("Oral exam: results are not connected to certificates yet")));
    }
}

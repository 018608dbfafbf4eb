package org.peercert.certificate;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.peercert.course.Course;
import org.peercert.course.CourseCatalog;
import org.peercert.hours.AdjustmentService;
import org.peercert.people.Actor;
import org.peercert.trainee.Enrolment;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Verification while the identity server is away: PeerCert runs against a Keycloak address where
 * nothing answers, and the public page and API still verify (they need no login), while pages
 * that do need one cannot log anybody in.
 */
@QuarkusTest
@TestProfile(KeycloakAwayTest.KeycloakAway.class)
class KeycloakAwayTest {

    public static class KeycloakAway extends CertificateProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(super.getConfigOverrides());
            config.put("quarkus.oidc.auth-server-url", "http://localhost:9/realms/peercert");
            config.put("quarkus.oidc.connection-delay", "0");
            config.put("quarkus.oidc.api.connection-delay", "0");
            config.put("quarkus.keycloak.admin-client.server-url", "http://localhost:9");
            return config;
        }
    }

    @Inject
    CertificateIssuer issuer;

    @Inject
    AdjustmentService adjustments;

    @Inject
    Evaluations evaluations;

    @Inject
    RecordedExamResults exams;

    @Inject
    CourseCatalog catalog;

    @Test
    void thePublicVerificationAnswersWithoutKeycloak() {
        String number = issueWithoutKeycloak("trainee-without-keycloak", "Robin Okonkwo-Hale");
        given().get("/api/verify/" + number).then().statusCode(200).body("status", equalTo("VALID"))
                .body("name", equalTo("Robin Okonkwo-Hale"));
        given().get("/verify/" + number).then().statusCode(200).body(containsString("Robin Okonkwo-Hale"))
                .body(containsString("Valid"));
        given().get("/verify").then().statusCode(200);
        given().redirects().follow(false).get("/trainee").then().statusCode(org.hamcrest.Matchers.not(equalTo(200)));
    }

    /** The records a trainee's path leaves, written by the services themselves (no login possible). */
    private String issueWithoutKeycloak(String subject, String name) {
        Course course = catalog.find("ce-verify").orElseThrow();
        Actor admin = new Actor("admin-subject", "Pat Lindqvist");
        QuarkusTransaction.requiringNew().run(() -> {
            Enrolment enrolment = new Enrolment();
            enrolment.traineeSubject = subject;
            enrolment.courseId = course.id();
            enrolment.contentVersion = course.contentVersion();
            enrolment.legalName = name;
            enrolment.enrolledBy = admin.subject();
            enrolment.enrolledByName = admin.name();
            enrolment.enrolledAt = Instant.now();
            enrolment.persist();
            NameConfirmation confirmation = new NameConfirmation();
            confirmation.traineeSubject = subject;
            confirmation.legalName = name;
            confirmation.confirmedAt = Instant.now();
            confirmation.persist();
        });
        adjustments.adjust(subject, course, new AdjustmentService.Adjustment(CeFixture.COMPETENCY, 50,
                "Attended in person; sign-in sheet on file", null), admin);
        exams.pass(subject, course.id(), "post-test");
        evaluations.submit(subject, course, new Evaluations.Submission(Map.of("objectives", 4, "relevance", 4, "clarity", 4,
                "format", 4, "apply", 4, "recommend", 4), null));
        return issuer.issueWhenComplete(subject, course, admin).formattedNumber();
    }
}

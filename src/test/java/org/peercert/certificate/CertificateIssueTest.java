package org.peercert.certificate;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.peercert.support.DemoUser;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issuing through the real service: refused until every requirement is met (each missing one
 * named), issued once, stored, and the stored PDF checked with veraPDF, PDFBox + BouncyCastle,
 * pdfsig and ZXing; the Open Badges credential verified with the key in its header.
 */
@QuarkusTest
@TestProfile(CertificateProfile.class)
class CertificateIssueTest {

    private static final String COURSE = "ce-issue";

    @Inject
    RecordedExamResults exams;

    @Inject
    ProviderSignature signature;

    @Test
    void aCertificateIsRefusedUntilEveryRequirementIsMet() {
        DemoUser trainee = DemoUser.TRAINEE2;
        String subject = CertificateSteps.subject(trainee);
        CertificateSteps.askForCertificate(trainee, COURSE).then().statusCode(409)
                .body("detail", containsString("not enrolled"));
        CertificateSteps.enrol(trainee, COURSE);
        CertificateSteps.askForCertificate(trainee, COURSE).then().statusCode(409).contentType("application/problem+json")
                .body("detail", allOf(containsString("Training hours: 1 h to go"), containsString("Post-test: not passed"),
                        containsString("Course evaluation: not yet submitted")));
        CertificateSteps.credit(subject, COURSE, 50);
        CertificateSteps.askForCertificate(trainee, COURSE).then().statusCode(409)
                .body("detail", allOf(not(containsString("Training hours")), containsString("Post-test")));
        exams.pass(subject, COURSE, "post-test");
        CertificateSteps.askForCertificate(trainee, COURSE).then().statusCode(409)
                .body("detail", allOf(not(containsString("Post-test")), containsString("Course evaluation")));
        CertificateSteps.evaluate(trainee, COURSE);
        given().auth().oauth2(trainee.accessToken()).get("/api/certificates/requirements/" + COURSE).then().statusCode(200)
                .body("met", equalTo(true)).body("requirements.requirement", equalTo(List.of("hours", "post-test", "evaluation")));
        CertificateSteps.confirmName(trainee);

        String number = CertificateSteps.askForCertificate(trainee, COURSE).then().statusCode(201)
                .body("verification.status", equalTo("VALID"))
                .body("verification.name", equalTo(trainee.legalName))
                .body("verification.providerApprovalNumber", equalTo(CertificateProfile.APPROVAL_NUMBER))
                .body("verification.creditHours", equalTo("1")).body("verification.hourMinutes", equalTo(50))
                .extract().path("number");
        CertificateSteps.askForCertificate(trainee, COURSE).then().statusCode(409)
                .body("detail", containsString("already issued")).body("detail", containsString(number));
    }

    @Test
    void aCertificationCourseWaitsForTheWrittenAndTheOralExam() {
        String subject = CertificateSteps.enrolledInCore(DemoUser.TRAINEE1);
        for (var competency : List.of("engaging-consumers", "crisis-management", "role-of-case-management",
                "person-centered-planning", "linkage-and-coordination", "documentation-and-ethics")) {
            given().auth().oauth2(DemoUser.ADMIN1.accessToken()).contentType("application/json")
                    .body(Map.of("competencyId", competency, "minutes", 600, "reason", "Transfer credit, letter on file"))
                    .post("/api/trainees/" + subject + "/ledger/ky-tcm-core/adjustments").then().statusCode(201);
        }
        CertificateSteps.askForCertificate(DemoUser.TRAINEE1, "ky-tcm-core").then().statusCode(409)
                .body("detail", allOf(not(containsString("Training hours")), containsString("Written exam: not passed"),
                        containsString("Oral exam: not passed"), not(containsString("evaluation"))));
        exams.pass(subject, "ky-tcm-core", "written-exam");
        CertificateSteps.askForCertificate(DemoUser.TRAINEE1, "ky-tcm-core").then().statusCode(409)
                .body("detail", allOf(not(containsString("Written exam")), containsString("Oral exam: not passed")));
    }

    @Test
    void theStoredPdfPassesEveryRealTool() throws Exception {
        String number = CertificateSteps.certified(DemoUser.TRAINEE1, COURSE, exams);
        byte[] pdf = CertificateSteps.pdf(DemoUser.TRAINEE1, number);

        assertEquals(List.of(), PdfChecks.pdfA3bFailures(pdf));
        PdfChecks.Signature signed = PdfChecks.signature(pdf);
        assertTrue(signed.cmsValid() && signed.coversWholeFileButContents());
        assertEquals("ETSI.CAdES.detached", signed.subFilter());
        String report = PdfChecks.pdfsig(pdf);
        assertTrue(report.contains("Signature Validation: Signature is Valid."), report);
        String compact = CertificateNumber.parse(number).compact();
        assertEquals("http://localhost:" + io.restassured.RestAssured.port + "/verify/" + compact, PdfChecks.qrText(pdf));
        given().auth().oauth2(DemoUser.TRAINEE1.accessToken()).get("/api/certificates/" + number).then().statusCode(200)
                .body("sha256", equalTo(Sha256.hex(pdf)));
        assertArrayEquals(pdf, CertificateSteps.pdf(DemoUser.TRAINEE1, number), "every download returns the stored bytes");
        assertArrayEquals(pdf, CertificateSteps.pdf(DemoUser.REVIEWER1, number), "reviewers get the same bytes");
    }

    @Test
    void theOpenBadgesCredentialIsSignedWithTheProviderKey() throws Exception {
        String number = CertificateSteps.certified(DemoUser.TRAINEE1, "ce-credential", exams);
        String jwt = given().auth().oauth2(DemoUser.TRAINEE1.accessToken()).get("/api/certificates/" + number + "/credential")
                .then().statusCode(200).contentType("application/vc+jwt").extract().asString();
        SignedJWT credential = SignedJWT.parse(jwt);
        RSAKey key = (RSAKey) credential.getHeader().getJWK();
        assertTrue(credential.verify(new RSASSAVerifier(key)), "the signature matches the key in the header");
        X509Certificate x5c = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                new ByteArrayInputStream(credential.getHeader().getX509CertChain().get(0).decode()));
        assertEquals(signature.key().certificate(), x5c, "the PDF's signing certificate");
        var claims = credential.getJWTClaimsSet();
        assertEquals(List.of("VerifiableCredential", "OpenBadgeCredential"), claims.getStringListClaim("type"));
        assertEquals(OpenBadgeCredential.CONTEXT, claims.getStringListClaim("@context"));
        assertTrue(claims.getJWTID().endsWith("/verify/" + CertificateNumber.parse(number).compact()));
        assertEquals(claims.getIssuer(), ((Map<?, ?>) claims.getClaim("issuer")).get("id"));
        Map<?, ?> subject = (Map<?, ?>) claims.getClaim("credentialSubject");
        assertEquals(DemoUser.TRAINEE1.legalName, ((Map<?, ?>) ((List<?>) subject.get("identifier")).get(0)).get("identityHash"));
        assertTrue(claims.getExpirationTime().after(claims.getNotBeforeTime()), "the course sets an expiry");
    }

    @Test
    void onlyTheHolderAndStaffReadACertificate() {
        String number = CertificateSteps.certified(DemoUser.TRAINEE2, "ce-access", exams);
        for (String path : List.of("", "/pdf", "/credential")) {
            given().auth().oauth2(DemoUser.TRAINEE1.accessToken()).get("/api/certificates/" + number + path).then().statusCode(404);
            given().auth().oauth2(DemoUser.INSTRUCTOR1.accessToken()).get("/api/certificates/" + number + path).then().statusCode(403);
            given().get("/api/certificates/" + number + path).then().statusCode(401);
            given().auth().oauth2(DemoUser.ADMIN1.accessToken()).get("/api/certificates/" + number + path).then().statusCode(200);
        }
        given().auth().oauth2(DemoUser.TRAINEE1.accessToken()).get("/api/certificates/7KQ4-M2XD-9TRB-HW3C").then().statusCode(404);
        given().auth().oauth2(DemoUser.INSTRUCTOR1.accessToken()).contentType("application/json").body(Map.of("courseId", COURSE))
                .post("/api/certificates").then().statusCode(403);
        given().auth().oauth2(DemoUser.REVIEWER1.accessToken()).contentType("application/json").body(Map.of("reason", "test"))
                .post("/api/certificates/" + number + "/revocation").then().statusCode(403);
        given().auth().oauth2(DemoUser.TRAINEE2.accessToken()).contentType("application/json").body(Map.of("reason", "test"))
                .post("/api/certificates/" + number + "/revocation").then().statusCode(403);
        given().auth().oauth2(DemoUser.TRAINEE2.accessToken()).get("/api/certificates").then().statusCode(200)
                .body("number", org.hamcrest.Matchers.hasItem(number));
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).get("/api/certificates").then().statusCode(400);
        given().auth().oauth2(DemoUser.REVIEWER1.accessToken()).get("/api/certificates?courseId=ce-access").then().statusCode(200)
                .body("number", org.hamcrest.Matchers.hasItem(number));
    }
}

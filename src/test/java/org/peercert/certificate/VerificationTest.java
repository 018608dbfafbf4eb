package org.peercert.certificate;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peercert.support.DemoUser;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Public verification without a login: status and facts by number, the check character, the
 * upload check by SHA-256 (page and API), revocation shown at once, expiry, and the rate limit.
 */
@QuarkusTest
@TestProfile(CertificateProfile.class)
class VerificationTest {

    private static final String COURSE = "ce-verify";
    private static String number;

    @Inject
    RecordedExamResults exams;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void certificate() {
        if (number == null) {
            number = CertificateSteps.certified(DemoUser.TRAINEE2, COURSE, exams);
        }
    }

    @Test
    void anyoneReadsTheStatusAndWhatTheCertificateStates() {
        String compact = CertificateNumber.parse(number).compact();
        for (String path : new String[]{"/api/verify/" + number, "/api/verify/" + compact.toLowerCase(),
                "/api/certificates/" + compact + "/verification"}) {
            given().get(path).then().statusCode(200)
                    .body("status", equalTo("VALID")).body("number", equalTo(number))
                    .body("name", equalTo(DemoUser.TRAINEE2.legalName))
                    .body("course", containsString("Ethics Refresher")).body("credential", notNullValue())
                    .body("creditHours", equalTo("1")).body("provider", notNullValue())
                    .body("providerApprovalNumber", equalTo(CertificateProfile.APPROVAL_NUMBER))
                    .body("expiresOn", equalTo(LocalDate.now(java.time.ZoneId.of("America/New_York")).plusYears(2).toString()))
                    .body("$", not(hasKey("traineeSubject"))).body("$", not(hasKey("sha256")));
        }
    }

    @Test
    void aMistypedNumberIsRefusedBeforeAnyLookupAndAnUnknownOneIs404() {
        String compact = CertificateNumber.parse(number).compact();
        char wrong = compact.charAt(3) == '7' ? '8' : '7';
        String typo = compact.substring(0, 3) + wrong + compact.substring(4);
        given().get("/api/verify/" + typo).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("mistyped"));
        given().get("/verify/" + typo).then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("mistyped"));
        String unknown = CertificateNumber.random().compact();
        given().get("/api/verify/" + unknown).then().statusCode(404).body("detail", containsString("No certificate has the number"));
        given().redirects().follow(false).get("/verify?number=" + number.toLowerCase()).then().statusCode(303)
                .header("Location", containsString("/verify/" + compact));
    }

    @Test
    void theIssuedFileIsAuthenticAndAnAlteredCopyIsNot() {
        byte[] pdf = CertificateSteps.pdf(DemoUser.TRAINEE2, number);
        upload(pdf, "application/pdf").then().statusCode(200).body("authentic", equalTo(true))
                .body("sha256", equalTo(Sha256.hex(pdf))).body("certificate.status", equalTo("VALID"));

        byte[] altered = pdf.clone();
        int at = new String(altered, StandardCharsets.ISO_8859_1).indexOf(CertificateProfile.APPROVAL_NUMBER);
        altered[at] = 'M'; // "NAADAC" becomes "MAADAC" in the attached JSON: one byte
        upload(altered, "application/pdf").then().statusCode(200).body("authentic", equalTo(false))
                .body("message", containsString("Not authentic"));

        upload("just some text, not a PDF".getBytes(StandardCharsets.UTF_8), "application/pdf").then().statusCode(415)
                .body("detail", containsString("not a PDF"));
        byte[] huge = Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1), 6 * 1024 * 1024);
        upload(huge, "application/pdf").then().statusCode(413);
        given().contentType("text/plain").body("%PDF-1.7").post("/api/verify/" + number + "/document").then().statusCode(415);
    }

    @Test
    void thePageTakesAMultipartUploadWithItsCsrfToken() {
        byte[] pdf = CertificateSteps.pdf(DemoUser.TRAINEE2, number);
        Response page = given().get("/verify/" + number);
        page.then().statusCode(200).body(containsString("Valid"));
        String token = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        given().cookies(page.getCookies()).multiPart("csrf-token", token).multiPart("file", "certificate.pdf", pdf, "application/pdf")
                .post("/verify/" + number + "/document").then().statusCode(200)
                .body(containsString("Authentic: this file is, byte for byte"));
        byte[] altered = pdf.clone();
        altered[pdf.length / 3] ^= 0x20;
        given().cookies(page.getCookies()).multiPart("csrf-token", token).multiPart("file", "copy.pdf", altered, "application/pdf")
                .post("/verify/" + number + "/document").then().statusCode(200).body(containsString("Not authentic"));
        given().multiPart("file", "certificate.pdf", pdf, "application/pdf").post("/verify/" + number + "/document")
                .then().statusCode(400); // no CSRF token: refused
    }

    @Test
    void aRevocationShowsAtOnceWithItsDateAndReason() {
        String revoked = CertificateSteps.certified(DemoUser.TRAINEE1, COURSE, exams);
        String path = "/api/certificates/" + revoked + "/revocation";
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).contentType("application/json").body(Map.of("reason", " "))
                .post(path).then().statusCode(400).body("detail", containsString("reason"));
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).contentType("application/json")
                .body(Map.of("reason", "Issued in error: attendance for module 1 was recorded twice")).post(path)
                .then().statusCode(201).body("status", equalTo("REVOKED"));
        given().get("/api/verify/" + revoked).then().statusCode(200).body("status", equalTo("REVOKED"))
                .body("revocation.reason", containsString("recorded twice"))
                .body("revocation.revokedOn", equalTo(LocalDate.now(java.time.ZoneId.of("America/New_York")).toString()));
        given().get("/verify/" + revoked).then().statusCode(200).body(containsString("Revoked"))
                .body(containsString("recorded twice"));
        // the revoked file is still the issued file, and the answer says it is no longer valid
        given().contentType("application/pdf").body(CertificateSteps.pdf(DemoUser.TRAINEE1, revoked))
                .post("/api/verify/" + revoked + "/document").then().statusCode(200).body("authentic", equalTo(true))
                .body("message", containsString("But the certificate is no longer valid: Revoked"));
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).contentType("application/json").body(Map.of("reason", "again"))
                .post(path).then().statusCode(409);
        // no new certificate until an admin allows a replacement, with a reason; then one, with a new number
        CertificateSteps.askForCertificate(DemoUser.TRAINEE1, COURSE).then().statusCode(409)
                .body("detail", containsString("was revoked on")).body("detail", containsString("recorded twice"))
                .body("detail", containsString("only once the training provider allows a replacement"));
        String allow = "/api/certificates/" + revoked + "/replacement";
        given().auth().oauth2(DemoUser.TRAINEE1.accessToken()).contentType("application/json")
                .body(Map.of("reason", "mine")).post(allow).then().statusCode(403);
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).contentType("application/json").body(Map.of("reason", ""))
                .post(allow).then().statusCode(400).body("detail", containsString("reason"));
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).contentType("application/json")
                .body(Map.of("reason", "Attendance re-recorded once; hours confirmed")).post(allow).then().statusCode(201)
                .body("allowedBy", equalTo(DemoUser.ADMIN1.legalName));
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).contentType("application/json")
                .body(Map.of("reason", "again")).post(allow).then().statusCode(409);
        String replacement = CertificateSteps.askForCertificate(DemoUser.TRAINEE1, COURSE).then().statusCode(201)
                .extract().path("number");
        assertTrue(!replacement.equals(revoked));
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).contentType("application/json")
                .body(Map.of("reason", "not revoked")).post("/api/certificates/" + replacement + "/replacement").then()
                .statusCode(409).body("detail", containsString("is not revoked"));
    }

    @Test
    void aCertificatePastItsExpiryDateIsExpired() throws Exception {
        String expired = CertificateSteps.expiredCopyOf(dataSource, number);
        given().get("/api/verify/" + expired).then().statusCode(200).body("status", equalTo("EXPIRED"))
                .body("statusText", containsString("Expired on January 8, 2022"));
    }

    @Test
    void eachClientAddressHasItsOwnBucketAndWaitsWhenItIsEmpty() {
        String address = "203.0.113." + (1 + Math.abs(UUID.randomUUID().hashCode() % 250));
        // The burst, plus the little the bucket refills (30 a minute) while the requests are made
        int allowed = 0;
        Response refused = null;
        while (refused == null && allowed < CertificateProfile.BURST + 100) {
            Response answer = given().header("X-Forwarded-For", address).get("/api/verify/" + number);
            if (answer.statusCode() == 429) {
                refused = answer;
            } else {
                answer.then().statusCode(200);
                allowed++;
            }
        }
        assertTrue(refused != null && allowed >= CertificateProfile.BURST, allowed + " allowed before a refusal");
        refused.then().contentType("application/problem+json").body("detail", containsString("Wait"));
        assertTrue(Integer.parseInt(refused.header("Retry-After")) >= 1, refused.header("Retry-After"));
        given().header("X-Forwarded-For", address).get("/verify/" + number).then().statusCode(429)
                .header("Retry-After", notNullValue());
        given().header("X-Forwarded-For", "198.51.100.7").get("/api/verify/" + number).then().statusCode(200);
    }

    private static Response upload(byte[] body, String type) {
        return given().contentType(type).body(body).post("/api/verify/" + number + "/document");
    }
}

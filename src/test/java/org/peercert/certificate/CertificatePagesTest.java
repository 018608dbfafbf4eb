package org.peercert.certificate;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.peercert.support.CodeFlowSession;
import org.peercert.support.DemoUser;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may open which certificate page, logged in through Keycloak's real login form: the right
 * roles get 200, the others 403; another trainee's certificate is 404 like one that does not
 * exist; verification is open to anyone.
 */
@QuarkusTest
@TestProfile(CertificateProfile.class)
class CertificatePagesTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    RecordedExamResults exams;

    @Test
    void eachPageAnswersOnlyItsRoles() {
        Map<DemoUser, CodeFlowSession> sessions = new EnumMap<>(DemoUser.class);
        for (DemoUser user : DemoUser.values()) {
            sessions.put(user, CodeFlowSession.login(root, user));
        }
        Map<String, Set<DemoUser>> pages = Map.of(
                "/certificates", Set.of(DemoUser.TRAINEE1, DemoUser.TRAINEE2),
                "/certificates/name", Set.of(DemoUser.TRAINEE1, DemoUser.TRAINEE2),
                "/admin/certificates", Set.of(DemoUser.ADMIN1, DemoUser.REVIEWER1),
                "/admin/certificates?courseId=ce-access", Set.of(DemoUser.ADMIN1, DemoUser.REVIEWER1),
                "/verify", Set.of(DemoUser.values()));
        pages.forEach((page, allowed) -> sessions.forEach((user, session) ->
                assertEquals(allowed.contains(user) ? 200 : 403, session.get(page).statusCode(), user + " " + page)));
        for (DemoUser user : DemoUser.values()) {
            int expected = user == DemoUser.ADMIN1 ? 404 : 403;
            assertEquals(expected, sessions.get(user).get("/admin/certificate-jobs/999999").statusCode(), user.name());
        }
        assertEquals(403, sessions.get(DemoUser.INSTRUCTOR1).get("/evaluations/ce-access").statusCode());
        given().redirects().follow(false).get("/certificates").then().statusCode(302)
                .header("Location", containsString("/realms/peercert/"));
        given().get("/verify").then().statusCode(200);
    }

    @Test
    void anotherTraineesCertificateIs404AndReviewersDownloadAny() {
        String number = CertificateSteps.certified(DemoUser.TRAINEE2, "ce-pages", exams);
        HttpResponse<String> own = CodeFlowSession.login(root, DemoUser.TRAINEE2).get("/certificates/" + number + "/pdf");
        assertEquals(200, own.statusCode());
        assertEquals("application/pdf", own.headers().firstValue("Content-Type").orElse(""));
        assertEquals(404, CodeFlowSession.login(root, DemoUser.TRAINEE1).get("/certificates/" + number + "/pdf").statusCode());
        assertEquals(404, CodeFlowSession.login(root, DemoUser.TRAINEE1).get("/certificates/" + number + "/credential").statusCode());
        assertEquals(403, CodeFlowSession.login(root, DemoUser.INSTRUCTOR1).get("/certificates/" + number + "/pdf").statusCode());
        CodeFlowSession reviewer = CodeFlowSession.login(root, DemoUser.REVIEWER1);
        assertEquals(200, reviewer.get("/certificates/" + number + "/pdf").statusCode());
        String detail = reviewer.get("/admin/certificates/" + number).body();
        assertTrue(detail.contains(number) && !detail.contains("id=\"reason\""), "reviewers read, without the revoke form");
        assertTrue(detail.contains("asked for it once every requirement was met"), "a trainee's own request is not called issued by them");
        HttpResponse<String> revoke = reviewer.post("/admin/certificates/" + number + "/revocation",
                Map.of("csrf-token", reviewer.csrfToken("/verify/" + number), "reason", "not allowed"));
        assertEquals(403, revoke.statusCode());
    }
}

package org.peercert.home;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.peercert.support.CodeFlowSession;
import org.peercert.support.DemoUser;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The role homes as pages, through a real Keycloak login: each person reaches only their own. */
@QuarkusTest
class RolePagesTest {

    private static final Map<String, DemoUser> OWNER = Map.of(
            "/trainee", DemoUser.TRAINEE1, "/instructor", DemoUser.INSTRUCTOR1,
            "/reviewer", DemoUser.REVIEWER1, "/admin", DemoUser.ADMIN1);

    @TestHTTPResource("/")
    URL root;

    @Test
    void anonymousIsSentToKeycloakToLogIn() {
        for (String page : OWNER.keySet()) {
            given().redirects().follow(false).get(page).then()
                    .statusCode(302)
                    .header("Location", startsWith("http://localhost:8180/realms/peercert/protocol/openid-connect/auth"));
        }
    }

    @Test
    void eachPersonReachesTheirHomeAndNoOtherRoleHome() {
        for (Map.Entry<String, DemoUser> owner : OWNER.entrySet()) {
            CodeFlowSession session = CodeFlowSession.login(root, owner.getValue());
            for (String page : OWNER.keySet()) {
                HttpResponse<String> answer = session.get(page);
                int expected = page.equals(owner.getKey()) ? 200 : 403;
                assertEquals(expected, answer.statusCode(), owner.getValue().username + " on " + page);
            }
        }
    }

    @Test
    void aForbiddenPageExplainsItselfWithoutLeakingInternals() {
        HttpResponse<String> answer = CodeFlowSession.login(root, DemoUser.TRAINEE1).get("/admin");
        assertEquals(403, answer.statusCode());
        assertTrue(answer.body().contains("Your role does not allow this"), answer.body());
        assertTrue(!answer.body().contains("Exception"), "no class names on an error page");
    }

    @Test
    void loginLandsAPersonWithOneRoleOnTheirHome() {
        HttpResponse<String> landing = CodeFlowSession.login(root, DemoUser.REVIEWER1).get("/login");
        assertTrue(landing.uri().getPath().equals("/reviewer"), landing.uri().toString());
        assertTrue(landing.body().contains("Reviewer home"));
    }
}

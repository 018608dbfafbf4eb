package org.peercert.web;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * With the database unreachable (nothing listens on the configured port), PeerCert stays alive
 * but is not ready, so a load balancer stops sending it traffic.
 */
@QuarkusTest
@TestProfile(ReadinessWithoutDatabaseTest.UnreachableDatabase.class)
class ReadinessWithoutDatabaseTest {

    public static class UnreachableDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:mariadb://127.0.0.1:9/peercert_unreachable?connectTimeout=1000",
                    "quarkus.datasource.jdbc.acquisition-timeout", "2S",
                    "quarkus.flyway.migrate-at-start", "false",
                    "quarkus.flyway.clean-at-start", "false");
        }
    }

    @Test
    void readinessIsDownAndNamesTheDatabase() {
        given().get("/q/health/ready").then()
                .statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.findAll { it.status == 'DOWN' }.name", hasItem("Database connections health check"));
    }

    @Test
    void aRequestThatNeedsTheDatabaseIsAskedToTryAgainWithoutATrace() {
        given().auth().oauth2(org.peercert.support.DemoUser.TRAINEE1.accessToken()).get("/api/enrolments").then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("detail", org.hamcrest.Matchers.containsString("cannot reach its database"))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Exception")));
    }

    @Test
    void livenessStaysUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}

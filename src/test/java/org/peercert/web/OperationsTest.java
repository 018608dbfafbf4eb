package org.peercert.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** What operators rely on: health, metrics, the OpenAPI document and the security headers. */
@QuarkusTest
class OperationsTest {

    @Test
    void readyWhenTheDatabaseIsThere() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void prometheusMetricsAreExposed() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void theOpenApiDocumentListsTheApi() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/me'.get.summary", containsString("legal name"))
                .body("paths.'/api/invitations'.post", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void pagesCarryAContentSecurityPolicyWithoutInlineScript() {
        given().get("/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void anUnknownApiPathIsAProblemDocument() {
        given().auth().oauth2(org.peercert.support.DemoUser.ADMIN1.accessToken()).get("/api/no-such-thing").then()
                .statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void anUnknownPageIsAFriendlyPage() {
        given().accept("text/html").get("/no-such-page").then()
                .statusCode(404).contentType(containsString("text/html")).body(containsString("Not found"));
    }
}

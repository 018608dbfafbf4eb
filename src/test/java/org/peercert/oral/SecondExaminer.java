package org.peercert.oral;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.peercert.support.KeycloakAdmin;
import org.peercert.support.KeycloakServer;

import java.util.List;
import java.util.Map;

/**
 * A second instructor account in the real Keycloak, for two-examiner panels: {@code oral-examiner-2},
 * created once through Keycloak's admin API (as the demo's master admin) with only the instructor
 * role, and reused by later runs.
 */
final class SecondExaminer {

    static final String USERNAME = "oral-examiner-2";
    static final String EMAIL = "oral-examiner-2@example.org";
    static final String NAME = "Avery Combs";
    private static final String PASSWORD = "oral-peercert";
    private static final String ADMIN = KeycloakServer.URL + "/admin/realms/peercert";

    private SecondExaminer() {
    }

    static synchronized void ensure() {
        String token = KeycloakAdmin.token();
        List<Object> found = RestAssured.given().auth().oauth2(token).queryParam("username", USERNAME).queryParam("exact", true)
                .get(ADMIN + "/users").then().statusCode(200).extract().jsonPath().getList("");
        if (!found.isEmpty()) {
            return;
        }
        String location = RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("username", USERNAME, "enabled", true, "email", EMAIL, "emailVerified", true,
                        "firstName", "Avery", "lastName", "Combs",
                        "credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false))))
                .post(ADMIN + "/users").then().statusCode(201).extract().header("Location");
        Map<String, Object> instructor = RestAssured.given().auth().oauth2(token).get(ADMIN + "/roles/instructor").then()
                .statusCode(200).extract().jsonPath().getMap("");
        Map<String, Object> defaults = RestAssured.given().auth().oauth2(token).get(ADMIN + "/roles/default-roles-peercert")
                .then().statusCode(200).extract().jsonPath().getMap("");
        RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON).body(List.of(instructor))
                .post(location + "/role-mappings/realm").then().statusCode(204);
        RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON).body(List.of(defaults))
                .delete(location + "/role-mappings/realm").then().statusCode(204);
    }

    static String accessToken() {
        ensure();
        return RestAssured.given().formParam("grant_type", "password").formParam("client_id", "peercert-cli")
                .formParam("username", USERNAME).formParam("password", PASSWORD)
                .post(KeycloakServer.REALM_URL + "/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
    }

}

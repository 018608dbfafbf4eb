package org.peercert.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import java.util.List;
import java.util.Map;

/**
 * A trainee account of its own for one test, in the real Keycloak: created once through
 * Keycloak's admin API (as the demo's master admin) and reused by later runs, so that the test
 * starts with no history that other tests gave the shared demo people.
 */
public record TraineeAccount(String username, String firstName, String lastName) {

    private static final String PASSWORD = "account-peercert";
    private static final String ADMIN = KeycloakServer.URL + "/admin/realms/peercert";

    public String legalName() {
        return firstName + " " + lastName;
    }

    public String email() {
        return username + "@example.org";
    }

    /** Makes sure the account exists, with the trainee role. */
    public TraineeAccount ensure() {
        return ensure("trainee");
    }

    /** Makes sure the account exists, with this realm role (a second reviewer, say). */
    public synchronized TraineeAccount ensure(String role) {
        String token = KeycloakAdmin.token();
        List<Object> found = RestAssured.given().auth().oauth2(token).queryParam("username", username).queryParam("exact", true)
                .get(ADMIN + "/users").then().statusCode(200).extract().jsonPath().getList("");
        if (found.isEmpty()) {
            String location = RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("username", username, "enabled", true, "email", email(), "emailVerified", true,
                            "firstName", firstName, "lastName", lastName,
                            "credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false))))
                    .post(ADMIN + "/users").then().statusCode(201).extract().header("Location");
            Map<String, Object> trainee = RestAssured.given().auth().oauth2(token).get(ADMIN + "/roles/" + role).then()
                    .statusCode(200).extract().jsonPath().getMap("");
            RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON).body(List.of(trainee))
                    .post(location + "/role-mappings/realm").then().statusCode(204);
        }
        return this;
    }

    /** Logs in through Keycloak's form, as a browser does. */
    public CodeFlowSession login(java.net.URL appRoot) {
        return CodeFlowSession.login(appRoot, username, PASSWORD);
    }

    public String accessToken() {
        return RestAssured.given().formParam("grant_type", "password").formParam("client_id", "peercert-cli")
                .formParam("username", username).formParam("password", PASSWORD)
                .post(KeycloakServer.REALM_URL + "/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
    }

}

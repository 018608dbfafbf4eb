package org.peercert.support;

import io.restassured.RestAssured;

/**
 * The demo realm's people (docker/keycloak/demo/peercert-realm.json), with real tokens from the
 * real Keycloak through the demo-only peercert-cli client.
 */
public enum DemoUser {
    TRAINEE1("trainee1", "Jordan Mitchell"),
    TRAINEE2("trainee2", "María José Ortiz-Núñez"),
    INSTRUCTOR1("instructor1", "Dana Whitfield"),
    REVIEWER1("reviewer1", "Sam Okafor"),
    ADMIN1("admin1", "Pat Lindqvist");

    public static final String PASSWORD = "peercert";

    public final String username;
    public final String legalName;

    DemoUser(String username, String legalName) {
        this.username = username;
        this.legalName = legalName;
    }

    /** A fresh access token for this person. */
    public String accessToken() {
        return RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", "peercert-cli")
                .formParam("username", username)
                .formParam("password", PASSWORD)
                .post(KeycloakServer.REALM_URL + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }
}

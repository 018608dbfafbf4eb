package org.peercert.support;

import io.restassured.RestAssured;

/** The demo Keycloak's master-realm administrator, for tests that create accounts of their own. */
public final class KeycloakAdmin {

    /** The peercert realm's admin API. */
    public static final String REALM = KeycloakServer.URL + "/admin/realms/peercert";

    private KeycloakAdmin() {
    }

    /** A fresh token of the master admin (it lives one minute). */
    public static String token() {
        return RestAssured.given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post(KeycloakServer.URL + "/realms/master/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
    }
}

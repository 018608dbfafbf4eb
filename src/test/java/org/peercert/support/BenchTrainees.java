package org.peercert.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Many real trainee accounts in the real Keycloak for benchmarks: {@code bench-trainee-0001} and
 * up, created once through Keycloak's admin API (as the demo's master admin) and reused by later
 * runs. Each logs in like any trainee.
 */
public final class BenchTrainees {

    public static final String PASSWORD = "bench-peercert";
    private static final String ADMIN = KeycloakServer.URL + "/admin/realms/peercert";

    private BenchTrainees() {
    }

    public static String username(int i) {
        return String.format("bench-trainee-%04d", i);
    }

    /** Makes sure accounts 1..count exist with the trainee role; answers their usernames. */
    public static List<String> ensure(int count) {
        String token = KeycloakAdmin.token();
        Set<String> existing = new HashSet<>(RestAssured.given().auth().oauth2(token)
                .queryParam("search", "bench-trainee-").queryParam("max", count + 100).queryParam("briefRepresentation", true)
                .get(ADMIN + "/users").then().statusCode(200).extract().jsonPath().getList("username"));
        Map<String, Object> role = RestAssured.given().auth().oauth2(token).get(ADMIN + "/roles/trainee").then()
                .statusCode(200).extract().jsonPath().getMap("");
        List<String> usernames = IntStream.rangeClosed(1, count).mapToObj(BenchTrainees::username).toList();
        int created = 0;
        for (String username : usernames) {
            if (existing.contains(username)) {
                continue;
            }
            if (created++ % 200 == 0) {
                token = KeycloakAdmin.token(); // the master admin's token lives one minute
            }
            String location = RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("username", username, "enabled", true, "email", username + "@bench.example.org",
                            "emailVerified", true, "firstName", "Bench", "lastName", "Trainee " + username.substring(14),
                            "credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false))))
                    .post(ADMIN + "/users").then().statusCode(201).extract().header("Location");
            RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON).body(List.of(role))
                    .post(location + "/role-mappings/realm").then().statusCode(204);
        }
        return usernames;
    }

}

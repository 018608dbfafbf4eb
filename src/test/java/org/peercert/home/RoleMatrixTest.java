package org.peercert.home;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peercert.support.DemoUser;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.peercert.support.DemoUser.ADMIN1;
import static org.peercert.support.DemoUser.INSTRUCTOR1;
import static org.peercert.support.DemoUser.REVIEWER1;
import static org.peercert.support.DemoUser.TRAINEE1;
import static org.peercert.support.DemoUser.TRAINEE2;

/**
 * Each role's sample endpoint, called by every demo user with a real Keycloak token and by
 * anonymous: 200 for the right role, 403 for every other role, 401 without a token.
 */
@QuarkusTest
class RoleMatrixTest {

    static Stream<Arguments> endpoints() {
        return Stream.of(
                Arguments.of("/api/trainee/home", EnumSet.of(TRAINEE1, TRAINEE2)),
                Arguments.of("/api/instructor/home", EnumSet.of(INSTRUCTOR1)),
                Arguments.of("/api/reviewer/home", EnumSet.of(REVIEWER1)),
                Arguments.of("/api/admin/home", EnumSet.of(ADMIN1)),
                Arguments.of("/api/invitations", EnumSet.of(ADMIN1, REVIEWER1)),
                Arguments.of("/api/me", EnumSet.allOf(DemoUser.class)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void onlyTheRightRolesGetIn(String path, Set<DemoUser> allowed) {
        given().get(path).then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer")).body("status", equalTo(401))
                .body("detail", org.hamcrest.Matchers.containsString("Authorization: Bearer"));
        given().auth().oauth2("not-a-token").get(path).then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer")).body("instance", equalTo(path))
                .body("detail", org.hamcrest.Matchers.containsString("token was refused"));
        for (DemoUser user : DemoUser.values()) {
            int expected = allowed.contains(user) ? 200 : 403;
            given().auth().oauth2(user.accessToken()).get(path).then().statusCode(expected);
        }
    }

    static Stream<Arguments> restrictedEndpoints() {
        return endpoints().filter(args -> ((Set<?>) args.get()[1]).size() < DemoUser.values().length);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("restrictedEndpoints")
    void refusalsAreProblemDetails(String path, Set<DemoUser> allowed) {
        DemoUser outsider = EnumSet.complementOf(EnumSet.copyOf(allowed)).iterator().next();
        given().auth().oauth2(outsider.accessToken()).get(path).then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("instance", equalTo(path));
    }

    @Test
    void meReadsTheLegalNameFromKeycloak() {
        given().auth().oauth2(TRAINEE2.accessToken()).get("/api/me").then()
                .statusCode(200)
                .body("username", equalTo("trainee2"))
                .body("legalName", equalTo("María José Ortiz-Núñez"))
                .body("roles", equalTo(List.of("trainee")));
    }
}

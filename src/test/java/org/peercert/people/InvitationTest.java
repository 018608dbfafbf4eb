package org.peercert.people;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.peercert.support.CodeFlowSession;
import org.peercert.support.DemoUser;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Admins create staff accounts in the real Keycloak; the record of each grant never changes. */
@QuarkusTest
class InvitationTest {

    @Inject
    Keycloak keycloak;

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/")
    URL root;

    @Test
    void anAdminInvitesAReviewerWhoGetsExactlyThatRole() {
        String username = uniqueUsername("reviewer");
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).contentType("application/json")
                .body(json(username, "reviewer"))
                .post("/api/invitations").then()
                .statusCode(201)
                .body("invitation.username", equalTo(username))
                .body("invitation.legalName", equalTo("Ana Ñúñez"))
                .body("invitation.invitedByName", equalTo("Pat Lindqvist"));

        UserRepresentation user = keycloak.realm("peercert").users().searchByUsername(username, true).get(0);
        List<String> roles = keycloak.realm("peercert").users().get(user.getId()).roles().realmLevel().listEffective()
                .stream().map(RoleRepresentation::getName).toList();
        assertTrue(roles.contains("reviewer"), roles.toString());
        assertTrue(!roles.contains("trainee"), "a staff account is not a trainee: " + roles);
        assertEquals(List.of("UPDATE_PASSWORD"), user.getRequiredActions());
    }

    @Test
    void aTakenUsernameIsAConflictAndNothingIsRecordedTwice() {
        String username = uniqueUsername("instructor");
        String admin = DemoUser.ADMIN1.accessToken();
        given().auth().oauth2(admin).contentType("application/json").body(json(username, "instructor"))
                .post("/api/invitations").then().statusCode(201);
        given().auth().oauth2(admin).contentType("application/json").body(json(username, "instructor"))
                .post("/api/invitations").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString(username));
        given().auth().oauth2(admin).get("/api/invitations").then().statusCode(200)
                .body("findAll { it.username == '" + username + "' }.size()", equalTo(1));
    }

    @Test
    void badFieldsAreNamedOneByOne() {
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).contentType("application/json")
                .body(Map.of("username", "Not Valid", "email", "nope", "firstName", "", "lastName", "X", "role", "owner"))
                .post("/api/invitations").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("username", "email", "firstName", "role"));
    }

    @Test
    void onlyAdminsInvite() {
        for (DemoUser user : List.of(DemoUser.TRAINEE1, DemoUser.INSTRUCTOR1, DemoUser.REVIEWER1)) {
            given().auth().oauth2(user.accessToken()).contentType("application/json")
                    .body(json(uniqueUsername("x"), "admin"))
                    .post("/api/invitations").then().statusCode(403);
        }
    }

    @Test
    void theFormWorksWithItsCsrfTokenAndIsRefusedWithoutIt() {
        CodeFlowSession admin = CodeFlowSession.login(root, DemoUser.ADMIN1);
        Map<String, String> fields = new HashMap<>(Map.of("username", uniqueUsername("form"), "email",
                UUID.randomUUID() + "@example.org", "firstName", "Robin", "lastName", "Hale", "role", "instructor"));

        HttpResponse<String> withoutToken = admin.post("/invitations", fields);
        assertEquals(400, withoutToken.statusCode(), "a form without its CSRF token is refused");

        fields.put("csrf-token", admin.csrfToken("/invitations"));
        HttpResponse<String> withToken = admin.post("/invitations", fields);
        assertEquals(200, withToken.statusCode(), withToken.body());
        assertTrue(withToken.body().contains("Account created for " + fields.get("username")));
        assertTrue(withToken.body().contains("temporary-password"));
    }

    @Test
    void aRejectedFormKeepsWhatWasTyped() {
        CodeFlowSession admin = CodeFlowSession.login(root, DemoUser.ADMIN1);
        Map<String, String> fields = Map.of("username", "Bad Name", "email", "robin@example.org", "firstName", "Robin",
                "lastName", "", "role", "instructor", "csrf-token", admin.csrfToken("/invitations"));
        HttpResponse<String> answer = admin.post("/invitations", fields);
        assertEquals(400, answer.statusCode());
        assertTrue(answer.body().contains("value=\"robin@example.org\""), "the email typed is kept");
        assertTrue(answer.body().contains("Use lower-case letters"), "the username's problem is named");
        assertTrue(answer.body().contains("Enter the family name"), "the family name's problem is named");
    }

    @Test
    void reviewersReadTheInvitationsPageWithoutTheForm() {
        HttpResponse<String> page = CodeFlowSession.login(root, DemoUser.REVIEWER1).get("/invitations");
        assertEquals(200, page.statusCode());
        assertTrue(!page.body().contains("<form method=\"post\" action=\"/invitations\""));
    }

    @Test
    void invitationRowsCannotBeChangedOrDeletedEvenInTheDatabase() throws SQLException {
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).contentType("application/json")
                .body(json(uniqueUsername("row"), "instructor")).post("/api/invitations").then().statusCode(201);
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            SQLException update = assertThrows(SQLException.class, () -> sql.executeUpdate("UPDATE invitation SET role = 'admin'"));
            assertTrue(update.getMessage().contains("cannot be updated"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> sql.executeUpdate("DELETE FROM invitation"));
            assertTrue(delete.getMessage().contains("cannot be deleted"), delete.getMessage());
        }
    }

    private static Map<String, String> json(String username, String role) {
        return Map.of("username", username, "email", username + "@example.org", "firstName", "Ana",
                "lastName", "Ñúñez", "role", role);
    }

    private static String uniqueUsername(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}

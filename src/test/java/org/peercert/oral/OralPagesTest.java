package org.peercert.oral;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.peercert.support.CodeFlowSession;
import org.peercert.support.DemoUser;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The oral-exam pages through a real Keycloak login: who reaches which page, another trainee's
 * booking answering 404, forms that need their CSRF token, and refusals shown where the person acted.
 */
@QuarkusTest
@TestProfile(OralTestProfile.class)
class OralPagesTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void eachPageIsForItsRolesOnly() {
        Map<String, Map<DemoUser, Integer>> expected = Map.of(
                "/oral", Map.of(DemoUser.TRAINEE1, 200, DemoUser.INSTRUCTOR1, 403, DemoUser.REVIEWER1, 403, DemoUser.ADMIN1, 403),
                "/oral/calendar", Map.of(DemoUser.TRAINEE1, 403, DemoUser.INSTRUCTOR1, 200, DemoUser.REVIEWER1, 200, DemoUser.ADMIN1, 200),
                "/admin/oral", Map.of(DemoUser.TRAINEE1, 403, DemoUser.INSTRUCTOR1, 403, DemoUser.REVIEWER1, 200, DemoUser.ADMIN1, 200));
        for (DemoUser user : new DemoUser[] {DemoUser.TRAINEE1, DemoUser.INSTRUCTOR1, DemoUser.REVIEWER1, DemoUser.ADMIN1}) {
            CodeFlowSession session = CodeFlowSession.login(root, user);
            expected.forEach((page, byUser) -> assertEquals(byUser.get(user), session.get(page).statusCode(), user + " on " + page));
        }
        String reviewerCalendar = CodeFlowSession.login(root, DemoUser.REVIEWER1).get("/oral/calendar").body();
        assertTrue(!reviewerCalendar.contains("action=\"/oral/calendar\""), "reviewers read the calendar without the form");
        given().redirects().follow(false).get("/oral").then().statusCode(302);
    }

    @Test
    void aTraineeBooksWithTheFormsTokenAndAnotherTraineeFindsNothing() {
        OralFixtures.eligible(DemoUser.TRAINEE2.accessToken(), DemoUser.ADMIN1.accessToken(), "oral-window");
        long slot = OralFixtures.slot(DemoUser.INSTRUCTOR1.accessToken(), "oral-window", OralFixtures.nearStart(), "instructor1");
        CodeFlowSession trainee = CodeFlowSession.login(root, DemoUser.TRAINEE2);

        HttpResponse<String> withoutToken = trainee.post("/oral/bookings", Map.of("slotId", String.valueOf(slot)));
        assertTrue(withoutToken.statusCode() == 400 || withoutToken.statusCode() == 403, "status " + withoutToken.statusCode());
        HttpResponse<String> booked = trainee.post("/oral/bookings", Map.of("slotId", String.valueOf(slot),
                "csrf-token", trainee.csrfToken("/oral")));
        assertEquals(200, booked.statusCode());
        assertTrue(booked.body().contains("Your oral exam is booked"), booked.body());
        long booking = given().auth().oauth2(DemoUser.TRAINEE2.accessToken()).get("/api/oral/bookings").then().statusCode(200)
                .extract().jsonPath().getLong("find { it.slot.id == " + slot + " }.id");

        // inside the no-change window the page offers no cancel button; a post from an old page is
        // refused on the trainee's page, and nothing changes
        String oralPage = trainee.get("/oral").body();
        assertTrue(!oralPage.contains("/oral/bookings/" + booking + "/cancellation"));
        assertTrue(oralPage.contains("The exam is inside the no-change window"), oralPage);
        HttpResponse<String> late = trainee.post("/oral/bookings/" + booking + "/cancellation",
                Map.of("csrf-token", trainee.csrfToken("/courses/oral-pages")));
        assertEquals(409, late.statusCode());
        assertTrue(late.body().contains("only an instructor or admin can cancel or move it"), late.body());
        assertTrue(trainee.get("/oral/bookings/" + booking).body().contains("Booked"));

        CodeFlowSession other = CodeFlowSession.login(root, DemoUser.TRAINEE1);
        String otherToken = other.csrfToken("/courses/oral-pages"); // a course trainee1 never enrols in: its form has a token
        assertEquals(404, other.get("/oral/bookings/" + booking).statusCode());
        assertEquals(404, other.get("/oral/bookings/" + booking + "/invite.ics").statusCode());
        assertEquals(404, other.post("/oral/bookings/" + booking + "/cancellation", Map.of("csrf-token", otherToken))
                .statusCode());

        CodeFlowSession instructor = CodeFlowSession.login(root, DemoUser.INSTRUCTOR1);
        assertTrue(instructor.get("/oral/bookings/" + booking).body().contains("name=\"confirm\" value=\"yes\" required"),
                "cancelling asks to be confirmed");
        HttpResponse<String> page = instructor.get("/oral/bookings/" + booking);
        assertTrue(page.body().contains(DemoUser.TRAINEE2.legalName) && page.body().contains("Change the booking"), page.body());
        HttpResponse<String> noReason = instructor.post("/oral/bookings/" + booking + "/cancellation",
                Map.of("csrf-token", instructor.csrfToken("/oral/bookings/" + booking)));
        assertEquals(400, noReason.statusCode());
        HttpResponse<String> cancelled = instructor.post("/oral/bookings/" + booking + "/cancellation",
                Map.of("reason", "Trainee called: ill", "csrf-token", instructor.csrfToken("/oral/bookings/" + booking)));
        assertEquals(200, cancelled.statusCode());
        assertTrue(cancelled.body().contains("The booking is cancelled.") && cancelled.body().contains("Trainee called: ill"), cancelled.body());
        HttpResponse<String> ics = trainee.get("/oral/bookings/" + booking + "/invite.ics");
        assertEquals("CANCEL", Invites.parse(ics.body()).method());
    }

    @Test
    void anInstructorWithdrawsAFreeSlotFromTheCalendar() {
        long slot = OralFixtures.slot(DemoUser.INSTRUCTOR1.accessToken(), "oral-access", OralFixtures.farStart(), "instructor1");
        CodeFlowSession instructor = CodeFlowSession.login(root, DemoUser.INSTRUCTOR1);
        String form = "/oral/calendar/slots/" + slot + "/withdrawal";
        assertTrue(instructor.get("/oral/calendar").body().contains("action=\"" + form + "\""), "the free slot offers the form");
        HttpResponse<String> withdrawn = instructor.post(form, Map.of("csrf-token", instructor.csrfToken("/oral/calendar"),
                "reason", "Published twice by mistake"));
        assertTrue(withdrawn.uri().toString().endsWith("/oral/calendar?withdrawn=true") && withdrawn.body().contains("Slot withdrawn"),
                withdrawn.body());
        assertTrue(!withdrawn.body().contains("action=\"" + form + "\""), "the withdrawn slot is off the calendar");
        assertTrue(CodeFlowSession.login(root, DemoUser.REVIEWER1).post(form, Map.of("reason", "x")).statusCode() >= 400);
    }
}

package org.peercert.oral;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.peercert.support.DemoUser;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The calendar invitations, read back with ical4j from the download and from the emails a real
 * SMTP server (GreenMail) received: METHOD, UID, DTSTART, ORGANIZER and SEQUENCE through a
 * booking's life, and the reminder a day before, once.
 */
@QuarkusTest
@TestProfile(OralTestProfile.class)
class OralInviteMailTest {

    private static final String TRAINEE = "trainee1@example.org";
    private static final String INSTRUCTOR = "instructor1@example.org";

    @Inject
    OralReminders reminders;

    @Test
    void theDownloadedInvitationParsesBackAndTurnsIntoACancellation() {
        String trainee = DemoUser.TRAINEE1.accessToken();
        OralFixtures.eligible(trainee, DemoUser.ADMIN1.accessToken(), "oral-mail");
        Instant start = OralFixtures.farStart();
        long slot = OralFixtures.slot(DemoUser.INSTRUCTOR1.accessToken(), "oral-mail", start, "instructor1");
        JsonPath booking = OralFixtures.book(trainee, slot).statusCode(201).extract().jsonPath();
        String path = "/api/oral/bookings/" + booking.getLong("id") + "/invite.ics";

        String ics = given().auth().oauth2(trainee).get(path).then().statusCode(200).contentType(containsString("text/calendar"))
                .header("Content-Disposition", containsString("attachment")).extract().asString();
        Invites.Parsed invite = Invites.parse(ics);
        assertEquals("REQUEST", invite.method());
        assertEquals(booking.getString("uid"), invite.uid());
        assertEquals(Invites.utc(start), invite.dtStart());
        assertEquals("mailto:training@example.org", invite.organizer());
        assertEquals(0, invite.sequence());
        assertEquals("CONFIRMED", invite.status());
        assertTrue(invite.attendees().containsAll(List.of("mailto:" + TRAINEE, "mailto:" + INSTRUCTOR)), invite.attendees().toString());

        given().auth().oauth2(trainee).contentType("application/json").body("{}")
                .post("/api/oral/bookings/" + booking.getLong("id") + "/cancellation").then().statusCode(201);
        Invites.Parsed cancelled = Invites.parse(given().auth().oauth2(trainee).get(path).then().statusCode(200).extract().asString());
        assertEquals("CANCEL", cancelled.method());
        assertEquals(invite.uid(), cancelled.uid());
        assertEquals(1, cancelled.sequence());
        assertEquals("CANCELLED", cancelled.status());
    }

    @Test
    void theTraineeAndEveryExaminerGetEachChangeByEmailWithTheInvitation() {
        String trainee = DemoUser.TRAINEE2.accessToken();
        String instructor = DemoUser.INSTRUCTOR1.accessToken();
        OralFixtures.eligible(trainee, DemoUser.ADMIN1.accessToken(), "oral-mail");
        SecondExaminer.ensure();
        Instant first = OralFixtures.farStart();
        long panelOfTwo = OralFixtures.slot(instructor, "oral-mail", first, "instructor1", SecondExaminer.USERNAME);
        Instant second = OralFixtures.farStart();
        long panelOfOne = OralFixtures.slot(instructor, "oral-mail", second, "instructor1");
        JsonPath booked = OralFixtures.book(trainee, panelOfTwo).statusCode(201).extract().jsonPath();
        String uid = booked.getString("uid");
        String traineeMail = "trainee2@example.org";

        Invites.Letter toTrainee = only(Invites.awaitReceived(traineeMail, uid, 1));
        assertTrue(toTrainee.subject().startsWith("Your oral exam is booked"), toTrainee.subject());
        assertTrue(toTrainee.partType().contains("method=REQUEST"), toTrainee.partType());
        assertEquals(Invites.utc(first), toTrainee.invite().dtStart());
        assertTrue(only(Invites.awaitReceived(INSTRUCTOR, uid, 1)).subject().startsWith(DemoUser.TRAINEE2.legalName + "'s oral exam is booked"));
        assertEquals("REQUEST", only(Invites.awaitReceived(SecondExaminer.EMAIL, uid, 1)).invite().method());

        long moved = given().auth().oauth2(trainee).contentType("application/json").body(Map.of("slotId", panelOfOne))
                .post("/api/oral/bookings/" + booked.getLong("id") + "/reschedule").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Invites.Letter move = Invites.awaitReceived(traineeMail, uid, 2).get(1);
        assertTrue(move.subject().contains("has moved to"), move.subject());
        assertEquals(1, move.invite().sequence());
        assertEquals(Invites.utc(second), move.invite().dtStart());
        Invites.Letter released = Invites.awaitReceived(SecondExaminer.EMAIL, uid, 2).get(1);
        assertEquals("CANCEL", released.invite().method(), "the examiner left off the new panel is told the exam is off");
        assertEquals(2, Invites.awaitReceived(INSTRUCTOR, uid, 2).size());
        Invites.Parsed oldDownload = Invites.parse(given().auth().oauth2(trainee)
                .get("/api/oral/bookings/" + booked.getLong("id") + "/invite.ics").then().statusCode(200).extract().asString());
        assertEquals(Invites.utc(second), oldDownload.dtStart(), "the moved booking's download gives the time as it stands");
        assertEquals(1, oldDownload.sequence());
        Invites.Parsed examinerOff = Invites.parse(given().auth().oauth2(SecondExaminer.accessToken())
                .get("/api/oral/bookings/" + booked.getLong("id") + "/invite.ics").then().statusCode(200).extract().asString());
        assertEquals("CANCEL", examinerOff.method(), "the examiner left off the new panel downloads the exam as off");
        assertEquals(Invites.utc(first), examinerOff.dtStart());
        assertEquals(1, examinerOff.sequence());

        given().auth().oauth2(trainee).contentType("application/json").body("{}")
                .post("/api/oral/bookings/" + moved + "/cancellation").then().statusCode(201);
        Invites.Letter cancel = Invites.awaitReceived(traineeMail, uid, 3).get(2);
        assertEquals("CANCEL", cancel.invite().method());
        assertEquals(2, cancel.invite().sequence());
        assertTrue(cancel.partType().contains("method=CANCEL"), cancel.partType());
        assertEquals(3, Invites.awaitReceived(INSTRUCTOR, uid, 3).size());
        // One sender thread sends notices in order: once a later booking's email is in, the
        // cancellation's letters have all gone.
        String later = OralFixtures.book(trainee, panelOfOne).statusCode(201).extract().path("uid");
        Invites.awaitReceived(traineeMail, later, 1);
        assertEquals(2, Invites.received(SecondExaminer.EMAIL, uid).size(), "no longer on the panel, not told again");
    }

    @Test
    void theReminderGoesOutOnceADayBeforeAndNotForABookingMadeThatDay() {
        String trainee = DemoUser.TRAINEE1.accessToken();
        String instructor = DemoUser.INSTRUCTOR1.accessToken();
        OralFixtures.eligible(trainee, DemoUser.ADMIN1.accessToken(), "oral-remind");
        Instant start = OralFixtures.farStart();
        String uid = OralFixtures.book(trainee, OralFixtures.slot(instructor, "oral-remind", start, "instructor1"))
                .statusCode(201).extract().path("uid");
        assertEquals(1, Invites.awaitReceived(TRAINEE, uid, 1).size(), "the booking's email");
        Instant dayBefore = start.minus(Duration.ofHours(23));

        reminders.remindDue(start.minus(Duration.ofHours(30)));
        assertEquals(1, Invites.received(TRAINEE, uid).size(), "not yet: the exam is more than 24 h ahead");
        reminders.remindDue(dayBefore);
        reminders.remindDue(dayBefore.plus(Duration.ofHours(1)));
        List<Invites.Letter> letters = Invites.received(TRAINEE, uid);
        assertEquals(2, letters.size(), "the booking, then one reminder however often the job runs");
        assertTrue(letters.get(1).subject().startsWith("Reminder: your oral exam"), letters.get(1).subject());
        assertEquals("REQUEST", letters.get(1).invite().method());
        assertEquals(2, Invites.received(INSTRUCTOR, uid).size(), "the examiner is reminded too");

        String late = DemoUser.TRAINEE2.accessToken();
        OralFixtures.eligible(late, DemoUser.ADMIN1.accessToken(), "oral-remind");
        String lateUid = OralFixtures.book(late, OralFixtures.slot(instructor, "oral-remind", OralFixtures.nearStart(), "instructor1"))
                .statusCode(201).extract().path("uid");
        assertEquals(1, Invites.awaitReceived("trainee2@example.org", lateUid, 1).size(), "the booking's email");
        reminders.remindDue(Instant.now());
        assertEquals(1, Invites.received("trainee2@example.org", lateUid).size(), "booked within the last day: no reminder");
    }

    private static Invites.Letter only(List<Invites.Letter> letters) {
        assertEquals(1, letters.size(), letters.toString());
        return letters.get(0);
    }
}

package org.peercert.oral;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.peercert.support.BenchTrainees;
import org.peercert.support.DemoUser;
import org.peercert.support.KeycloakServer;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Booking oral exams with real tokens and the real database: races for one slot, examiners in
 * overlapping slots, the no-change window, the default written-exam rule, and who may see what.
 */
@QuarkusTest
@TestProfile(OralTestProfile.class)
class OralBookingTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void twentyConcurrentRequestsForOneSlotMakeExactlyOneBooking() throws Exception {
        String admin = DemoUser.ADMIN1.accessToken();
        List<String> tokens = new ArrayList<>();
        for (String username : BenchTrainees.ensure(20)) {
            String token = token(username, BenchTrainees.PASSWORD);
            OralFixtures.eligible(token, admin, "oral-race");
            tokens.add(token);
        }
        long slot = OralFixtures.slot(DemoUser.INSTRUCTOR1.accessToken(), "oral-race", OralFixtures.farStart(), "instructor1");
        // every trainee has seen the slot open: the checks before the insert pass for all of them alike
        tokens.forEach(t -> given().auth().oauth2(t).get("/api/oral/courses/oral-race/open-slots").then().statusCode(200)
                .body("openSlots.id", hasItem((int) slot)));

        List<Integer> statuses = race(tokens.stream().map(t -> (Callable<Integer>) () -> OralFixtures.book(t, slot)
                .extract().statusCode()).toList());

        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(19, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        assertEquals(1, count("SELECT COUNT(*) FROM oral_booking WHERE slot_id = " + slot));
    }

    @Test
    void oneTraineeRacingForTenSlotsOfACourseHoldsOne() throws Exception {
        String trainee = DemoUser.TRAINEE2.accessToken();
        OralFixtures.eligible(trainee, DemoUser.ADMIN1.accessToken(), "oral-race");
        String instructor = DemoUser.INSTRUCTOR1.accessToken();
        List<Long> slots = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            slots.add(OralFixtures.slot(instructor, "oral-race", OralFixtures.farStart(), "instructor1"));
        }
        List<Integer> statuses = race(slots.stream().map(s -> (Callable<Integer>) () -> OralFixtures.book(trainee, s)
                .extract().statusCode()).toList());
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(1, count("SELECT COUNT(*) FROM oral_booking b WHERE course_id = 'oral-race' AND trainee_subject = '"
                + OralFixtures.subject(trainee) + "' AND NOT EXISTS (SELECT 1 FROM oral_booking_release r WHERE r.booking_id = b.id)"));
    }

    @Test
    void anExaminerIsNeverInTwoOverlappingSlotsAcrossCourses() throws Exception {
        String instructor = DemoUser.INSTRUCTOR1.accessToken();
        Instant start = OralFixtures.farStart();
        OralFixtures.slot(instructor, "oral-access", start, "instructor1");
        OralFixtures.publish(instructor, "oral-window", start.plus(Duration.ofMinutes(15)), List.of("instructor1"))
                .statusCode(409).body("detail", containsString("already examines"));
        OralFixtures.publish(instructor, "oral-window", start.plus(Duration.ofMinutes(15)), List.of(SecondExaminer.USERNAME, "instructor1"))
                .statusCode(409);
        OralFixtures.publish(instructor, "oral-window", start.plus(Duration.ofMinutes(30)), List.of("instructor1"))
                .statusCode(201); // back to back is fine
        SecondExaminer.ensure();
        OralFixtures.publish(instructor, "oral-window", start.plus(Duration.ofMinutes(15)), List.of(SecondExaminer.USERNAME))
                .statusCode(201); // someone else can examine then

        Instant later = OralFixtures.farStart();
        List<Integer> statuses = race(List.of(
                () -> OralFixtures.publish(instructor, "oral-access", later, List.of("instructor1")).extract().statusCode(),
                () -> OralFixtures.publish(instructor, "oral-window", later.plus(Duration.ofMinutes(10)), List.of("instructor1"))
                        .extract().statusCode()));
        assertEquals(List.of(201, 409), statuses.stream().sorted().toList());
    }

    @Test
    void aWithdrawnSlotTakesNoBookingAndFreesItsExaminersTime() throws Exception {
        String instructor = DemoUser.INSTRUCTOR1.accessToken();
        String trainee = new org.peercert.support.TraineeAccount("withdrawal-trainee", "Rowan", "Adeyemi").ensure().accessToken();
        OralFixtures.eligible(trainee, DemoUser.ADMIN1.accessToken(), "oral-access");
        Instant start = OralFixtures.farStart();
        long slot = OralFixtures.slot(instructor, "oral-access", start, "instructor1");
        String path = "/api/oral/slots/" + slot + "/withdrawal";
        given().auth().oauth2(trainee).contentType("application/json").body(Map.of("reason", "mine")).post(path).then().statusCode(403);
        given().auth().oauth2(DemoUser.REVIEWER1.accessToken()).contentType("application/json").body(Map.of("reason", "x"))
                .post(path).then().statusCode(403);
        given().auth().oauth2(instructor).contentType("application/json").body(Map.of("reason", " ")).post(path).then()
                .statusCode(400).body("detail", containsString("reason"));
        given().auth().oauth2(instructor).contentType("application/json").body(Map.of("reason", "Room double-booked by the venue"))
                .post(path).then().statusCode(201).body("withdrawnBy", equalTo(DemoUser.INSTRUCTOR1.legalName));
        given().auth().oauth2(instructor).contentType("application/json").body(Map.of("reason", "again")).post(path).then()
                .statusCode(409);
        given().auth().oauth2(trainee).get("/api/oral/courses/oral-access/open-slots").then().statusCode(200)
                .body("openSlots.id", not(hasItem((int) slot)));
        OralFixtures.book(trainee, slot).statusCode(409).body("detail", containsString("withdrawn"));
        // the database refuses the booking too, whatever the code checks first
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> sql.executeUpdate("INSERT INTO oral_booking (slot_id, "
                    + "trainee_subject, course_id, legal_name, uid, sequence, booked_by, booked_by_name, booked_at) VALUES ("
                    + slot + ", 'x', 'oral-access', 'X', 'u', 0, 'x', 'X', NOW(6))"));
            assertTrue(refused.getMessage().contains("withdrawn"), refused.getMessage());
        }
        // the examiner's time is free again: the same hour can be published anew, once
        long again = OralFixtures.slot(instructor, "oral-access", start, "instructor1");
        OralFixtures.publish(instructor, "oral-window", start, List.of("instructor1")).statusCode(409);
        // a booked slot is not withdrawn: its booking is cancelled or moved first, so the trainee is told
        OralFixtures.booking(trainee, again);
        given().auth().oauth2(instructor).contentType("application/json").body(Map.of("reason", "Examiner ill"))
                .post("/api/oral/slots/" + again + "/withdrawal").then().statusCode(409).body("detail", containsString("cancel or move"));
    }

    @Test
    void theDatabaseItselfRefusesAnOverlapASecondClaimAndAnyChange() throws Exception {
        String instructor = DemoUser.INSTRUCTOR1.accessToken();
        String trainee = DemoUser.TRAINEE1.accessToken();
        OralFixtures.eligible(trainee, DemoUser.ADMIN1.accessToken(), "oral-db");
        Instant start = OralFixtures.farStart();
        long slot = OralFixtures.slot(instructor, "oral-db", start, "instructor1");
        long booking = OralFixtures.booking(trainee, slot);
        String instructorSubject = OralFixtures.subject(instructor);
        try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement()) {
            sql.executeUpdate("INSERT INTO oral_slot (course_id, starts_at, ends_at, format, location, published_by, "
                    + "published_by_name, published_at) SELECT course_id, starts_at + INTERVAL 20 MINUTE, ends_at + INTERVAL 20 MINUTE, "
                    + "'in-person', 'Room 4', published_by, published_by_name, published_at FROM oral_slot WHERE id = " + slot);
            SQLException overlap = assertThrows(SQLException.class, () -> sql.executeUpdate("INSERT INTO oral_examiner VALUES "
                    + "(LAST_INSERT_ID(), 1, '" + instructorSubject + "', 'Dana Whitfield')"));
            assertTrue(overlap.getMessage().contains("examiner_time_once"), overlap.getMessage());
            SQLException second = assertThrows(SQLException.class, () -> sql.executeUpdate("INSERT INTO oral_booking (slot_id, "
                    + "trainee_subject, course_id, legal_name, uid, sequence, booked_by, booked_by_name, booked_at) VALUES ("
                    + slot + ", 'someone-else', 'oral-db', 'Someone Else', 'x@y', 0, 'someone-else', 'S', NOW())"));
            assertTrue(second.getMessage().contains("slot_holds_one"), second.getMessage());
            // The booking's emails go from the sender thread after the answer; a DELETE only meets the
            // trigger where there is a row, so wait for this booking's delivery rows.
            awaitDelivery(sql, booking);
            for (String table : List.of("oral_slot", "oral_examiner", "oral_examiner_time", "oral_booking", "oral_notice",
                    "oral_notice_delivery")) {
                SQLException delete = assertThrows(SQLException.class, () -> sql.executeUpdate("DELETE FROM " + table));
                assertTrue(delete.getMessage().contains("cannot be deleted") || delete.getMessage().contains("foreign key"),
                        delete.getMessage());
            }
            SQLException update = assertThrows(SQLException.class, () -> sql.executeUpdate(
                    "UPDATE oral_booking SET slot_id = slot_id WHERE id = " + booking));
            assertTrue(update.getMessage().contains("cannot be updated"), update.getMessage());
        }
    }

    private static void awaitDelivery(Statement sql, long booking) throws SQLException, InterruptedException {
        Instant limit = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(limit)) {
            try (java.sql.ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM oral_notice_delivery d JOIN oral_notice n "
                    + "ON n.id = d.notice_id WHERE n.booking_id = " + booking)) {
                rows.next();
                if (rows.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("booking " + booking + "'s emails were not delivered within 30 s");
    }

    @Test
    void theNoChangeWindowHoldsForTheTraineeButNotForTheExamsInstructors() {
        String trainee = DemoUser.TRAINEE1.accessToken();
        String instructor = DemoUser.INSTRUCTOR1.accessToken();
        OralFixtures.eligible(trainee, DemoUser.ADMIN1.accessToken(), "oral-window");
        long soon = OralFixtures.slot(instructor, "oral-window", OralFixtures.nearStart(), "instructor1");
        long soonAfter = OralFixtures.slot(instructor, "oral-window", OralFixtures.nearStart(), "instructor1");
        long booking = OralFixtures.booking(trainee, soon);

        change(trainee, booking, "cancellation", Map.of()).statusCode(409).body("detail", containsString("only an instructor or admin"));
        change(trainee, booking, "reschedule", Map.of("slotId", soonAfter)).statusCode(409);
        change(instructor, booking, "reschedule", Map.of("slotId", soonAfter)).statusCode(400).body("detail", containsString("reason"));
        long moved = change(instructor, booking, "reschedule", Map.of("slotId", soonAfter, "reason", "Trainee's bus was cancelled; moved by phone"))
                .statusCode(201).body("slot.id", equalTo((int) soonAfter)).body("sequence", equalTo(1)).extract().jsonPath().getLong("id");
        given().auth().oauth2(trainee).get("/api/oral/bookings/" + booking).then().statusCode(200).body("status", equalTo("rescheduled"));
        change(DemoUser.ADMIN1.accessToken(), moved, "cancellation", Map.of("reason", "Examiner ill"))
                .statusCode(201).body("status", equalTo("cancelled")).body("release.reason", equalTo("Examiner ill"));

        long later = OralFixtures.slot(instructor, "oral-window", OralFixtures.farStart(), "instructor1");
        long farther = OralFixtures.slot(instructor, "oral-window", OralFixtures.farStart(), "instructor1");
        long early = OralFixtures.booking(trainee, later);
        long rebooked = change(trainee, early, "reschedule", Map.of("slotId", farther)).statusCode(201)
                .body("traineeMayChange", equalTo(true)).extract().jsonPath().getLong("id");
        change(trainee, rebooked, "cancellation", Map.of()).statusCode(201).body("status", equalTo("cancelled"));
        change(trainee, rebooked, "cancellation", Map.of()).statusCode(409).body("detail", containsString("no longer active"));
    }

    @Test
    void withTheDefaultRuleATraineeWithoutAPassedWrittenExamIsRefused() {
        String admin = DemoUser.ADMIN1.accessToken();
        given().auth().oauth2(admin).contentType("application/json").body(Map.of("courseId", "ky-apss", "username", "trainee2"))
                .post("/api/enrolments/by-admin").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(201), equalTo(409)));
        long slot = OralFixtures.slot(DemoUser.INSTRUCTOR1.accessToken(), "ky-apss", OralFixtures.farStart(), "instructor1");
        String trainee = DemoUser.TRAINEE2.accessToken();
        given().auth().oauth2(trainee).get("/api/oral/courses/ky-apss/open-slots").then().statusCode(200)
                .body("eligible", equalTo(false)).body("reason", containsString("the written exam has not been passed"))
                .body("openSlots.size()", equalTo(0));
        OralFixtures.book(trainee, slot).statusCode(409).body("detail", containsString("the written exam has not been passed"));
        OralFixtures.book(DemoUser.TRAINEE1.accessToken(), slot).statusCode(409).body("detail", containsString("not enrolled"));
    }

    @Test
    void stalePicksAndSecondBookingsGetAnAnswerThatSaysWhy() {
        String trainee = DemoUser.TRAINEE2.accessToken();
        String instructor = DemoUser.INSTRUCTOR1.accessToken();
        OralFixtures.eligible(trainee, DemoUser.ADMIN1.accessToken(), "oral-access");
        OralFixtures.book(trainee, 999_999).statusCode(404).body("detail", containsString("no oral exam slot 999999"));
        given().auth().oauth2(trainee).contentType("application/json").body("{}").post("/api/oral/bookings").then()
                .statusCode(400).body("detail", containsString("slotId"));
        long first = OralFixtures.slot(instructor, "oral-access", OralFixtures.farStart(), "instructor1");
        long second = OralFixtures.slot(instructor, "oral-access", OralFixtures.farStart(), "instructor1");
        OralFixtures.booking(trainee, first);
        OralFixtures.book(trainee, first).statusCode(409).body("detail", containsString("just been taken"));
        OralFixtures.book(trainee, second).statusCode(409).body("detail", containsString("already have an oral exam booked"));
        OralFixtures.publish(instructor, "oral-access", OralFixtures.farStart().plusSeconds(60), List.of("instructor1"))
                .statusCode(400).body("detail", containsString("five-minute mark"));
        OralFixtures.publish(instructor, "ce-ethics-boundaries", OralFixtures.farStart(), List.of("instructor1"))
                .statusCode(400).body("detail", containsString("no oral exam"));
        OralFixtures.publish(instructor, "oral-access", OralFixtures.farStart(), List.of("trainee1"))
                .statusCode(400).body("detail", containsString("not an instructor"));
    }

    @Test
    void anotherTraineesBookingIsNotFoundAndReviewersOnlyRead() {
        String trainee = DemoUser.TRAINEE1.accessToken();
        OralFixtures.eligible(trainee, DemoUser.ADMIN1.accessToken(), "oral-access");
        long slot = OralFixtures.slot(DemoUser.INSTRUCTOR1.accessToken(), "oral-access", OralFixtures.farStart(), "instructor1");
        String path = "/api/oral/bookings/" + OralFixtures.booking(trainee, slot);
        String other = DemoUser.TRAINEE2.accessToken();
        given().auth().oauth2(other).get(path).then().statusCode(404);
        given().auth().oauth2(other).get(path + "/invite.ics").then().statusCode(404);
        change(other, Long.parseLong(path.substring(path.lastIndexOf('/') + 1)), "cancellation", Map.of()).statusCode(404);
        given().auth().oauth2(other).get("/api/oral/bookings").then().statusCode(200).body("id", not(hasItem(Integer.parseInt(path.substring(path.lastIndexOf('/') + 1)))));
        given().auth().oauth2(SecondExaminer.accessToken()).get(path).then().statusCode(404); // an instructor not on its panel
        given().auth().oauth2(DemoUser.REVIEWER1.accessToken()).get(path).then().statusCode(200);
        given().auth().oauth2(DemoUser.REVIEWER1.accessToken()).contentType("application/json").body(Map.of("reason", "x"))
                .post(path + "/cancellation").then().statusCode(403);
        given().auth().oauth2(DemoUser.INSTRUCTOR1.accessToken()).get(path).then().statusCode(200).body("legalName", equalTo(DemoUser.TRAINEE1.legalName));
    }

    @Test
    void eachEndpointRefusesTheWrongRoles() {
        String reviewer = DemoUser.REVIEWER1.accessToken();
        String trainee = DemoUser.TRAINEE1.accessToken();
        String instructor = DemoUser.INSTRUCTOR1.accessToken();
        String admin = DemoUser.ADMIN1.accessToken();
        OralFixtures.publish(reviewer, "oral-access", OralFixtures.farStart(), List.of("instructor1")).statusCode(403);
        OralFixtures.publish(trainee, "oral-access", OralFixtures.farStart(), List.of("instructor1")).statusCode(403);
        OralFixtures.book(instructor, 1).statusCode(403);
        OralFixtures.book(admin, 1).statusCode(403);
        given().auth().oauth2(trainee).get("/api/oral/slots").then().statusCode(403);
        given().auth().oauth2(instructor).get("/api/oral/fill-rates").then().statusCode(403);
        given().auth().oauth2(admin).get("/api/oral/fill-rates").then().statusCode(200).body("total.courseTitle", equalTo("All courses"));
        given().auth().oauth2(admin).queryParam("from", "2026-12-01").get("/api/oral/fill-rates").then().statusCode(400)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.startsWith("from: \"2026-12-01\" is not an instant"));
        given().auth().oauth2(admin).queryParam("from", "2026-12-01T00:00:00Z").get("/api/oral/slots").then().statusCode(200);
        given().auth().oauth2(instructor).get("/api/oral/courses/oral-access/open-slots").then().statusCode(403);
        for (String token : List.of(admin, reviewer, trainee)) {
            given().auth().oauth2(token).contentType("application/json").body(Map.of("points", Map.of(), "feedback", "x"))
                    .post("/api/oral/bookings/1/scores").then().statusCode(403);
        }
        given().auth().oauth2(trainee).contentType("application/json").body(Map.of("passed", true, "reason", "x"))
                .post("/api/oral/bookings/1/reconciliation").then().statusCode(403);
        given().auth().oauth2(trainee).contentType("application/json").body("{}").post("/api/oral/bookings/1/no-show").then().statusCode(403);
        given().get("/api/oral/bookings").then().statusCode(401);
        given().get("/api/oral/slots").then().statusCode(401);
        given().auth().oauth2(trainee).get("/api/oral/courses/oral-access/rubric").then().statusCode(200)
                .body("criteria.id", equalTo(List.of("listening", "ethics"))).body("guidanceHtml", equalTo(null));
        given().auth().oauth2(instructor).get("/api/oral/courses/ky-apss/rubric").then().statusCode(200)
                .body("guidanceHtml", containsString("Examiner guidance")).body("minimumTotal", equalTo(15));
    }

    private static io.restassured.response.ValidatableResponse change(String token, long booking, String what, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post("/api/oral/bookings/" + booking + "/" + what).then();
    }

    /** Runs the calls at the same moment, each on its own thread, and answers their statuses. */
    static List<Integer> race(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : futures) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private long count(String query) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement(); var rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String token(String username, String password) {
        return given().formParam("grant_type", "password").formParam("client_id", "peercert-cli")
                .formParam("username", username).formParam("password", password)
                .post(KeycloakServer.REALM_URL + "/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
    }
}

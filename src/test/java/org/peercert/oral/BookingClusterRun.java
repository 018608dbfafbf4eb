package org.peercert.oral;

import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peercert.support.BenchTrainees;
import org.peercert.support.DemoUser;
import org.peercert.support.KeycloakServer;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link OralBookingTest}'s races through the proxy in front of two nodes
 * ({@code docker/cluster/two-nodes.sh}): the racing requests land on both nodes, and the database
 * still lets exactly one win. {@code cluster.booking.rounds} rounds of 20 trainees racing for one
 * slot each (new trainees every round), then one trainee racing for ten slots of a course.
 */
class BookingClusterRun {

    private static final String URL = System.getProperty("cluster.url", "http://127.0.0.1:8088");
    private static final String DB_URL = System.getProperty("cluster.db-url", "jdbc:mariadb://127.0.0.1:3306/peercert_cluster");
    private static final int ROUNDS = Integer.getInteger("cluster.booking.rounds", 5);
    private static final int RACERS = 20;
    private static final String COURSE = "oral-race";

    @BeforeAll
    static void throughTheProxy() {
        URI proxy = URI.create(URL);
        RestAssured.baseURI = proxy.getScheme() + "://" + proxy.getHost();
        RestAssured.port = proxy.getPort();
    }

    @Test
    void twentyTraineesRacingForOneSlotMakeOneBookingEachRound() throws Exception {
        List<String> usernames = BenchTrainees.ensure(ROUNDS * RACERS);
        String admin = DemoUser.ADMIN1.accessToken();
        String instructor = DemoUser.INSTRUCTOR1.accessToken();
        for (int round = 0; round < ROUNDS; round++) {
            List<String> tokens = new ArrayList<>();
            for (String username : usernames.subList(round * RACERS, (round + 1) * RACERS)) {
                String token = token(username);
                OralFixtures.eligible(token, admin, COURSE);
                tokens.add(token);
            }
            long slot = OralFixtures.slot(instructor, COURSE, OralFixtures.farStart(), "instructor1");
            List<Integer> statuses = OralBookingTest.race(tokens.stream().map(t -> (Callable<Integer>) () -> OralFixtures.book(t, slot)
                    .extract().statusCode()).toList());
            System.out.printf("BookingClusterRun: round %d, slot %d: %s%n", round + 1, slot, statuses);
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(RACERS - 1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
            assertEquals(1, count("SELECT COUNT(*) FROM oral_booking WHERE slot_id = " + slot));
        }
    }

    @Test
    void oneTraineeRacingForTenSlotsHoldsOne() throws Exception {
        String trainee = DemoUser.TRAINEE2.accessToken();
        String subject = OralFixtures.eligible(trainee, DemoUser.ADMIN1.accessToken(), COURSE);
        String instructor = DemoUser.INSTRUCTOR1.accessToken();
        List<Long> slots = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            slots.add(OralFixtures.slot(instructor, COURSE, OralFixtures.farStart(), "instructor1"));
        }
        List<Integer> statuses = OralBookingTest.race(slots.stream().map(s -> (Callable<Integer>) () -> OralFixtures.book(trainee, s)
                .extract().statusCode()).toList());
        System.out.printf("BookingClusterRun: one trainee, ten slots: %s%n", statuses);
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(1, count("SELECT COUNT(*) FROM oral_booking b WHERE course_id = '" + COURSE + "' AND trainee_subject = '"
                + subject + "' AND NOT EXISTS (SELECT 1 FROM oral_booking_release r WHERE r.booking_id = b.id)"));
    }

    private static long count(String query) throws SQLException {
        try (Connection c = DriverManager.getConnection(DB_URL, System.getProperty("cluster.db-user", "root"),
                System.getProperty("cluster.db-password", "")); Statement sql = c.createStatement(); ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String token(String username) {
        return given().formParam("grant_type", "password").formParam("client_id", "peercert-cli")
                .formParam("username", username).formParam("password", BenchTrainees.PASSWORD)
                .post(KeycloakServer.REALM_URL + "/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
    }
}

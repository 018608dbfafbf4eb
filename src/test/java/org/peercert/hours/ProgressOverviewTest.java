package org.peercert.hours;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.peercert.support.CodeFlowSession;
import org.peercert.support.DemoUser;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The progress overview: instructors see their rosters, admins and reviewers everyone, trainees nothing. */
@QuarkusTest
class ProgressOverviewTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void anInstructorSeesTheirRostersAndAnAdminSeesEveryone() {
        String trainee1 = LedgerTest.enrolled(DemoUser.TRAINEE1);
        LedgerTest.enrolled(DemoUser.TRAINEE2);
        Instant start = Instant.now().plus(Duration.ofDays(10));
        given().auth().oauth2(DemoUser.INSTRUCTOR1.accessToken()).contentType("application/json")
                .body(Map.of("competencyId", "crisis-management", "title", "Safety planning lab", "startsAt", start.toString(),
                        "endsAt", start.plus(Duration.ofHours(1)).toString(), "format", "in-person",
                        "location", "Room 4, Hazard", "rosterSubjects", List.of(trainee1)))
                .post("/api/live-sessions/ky-tcm-core").then().statusCode(201);

        HttpResponse<String> instructor = CodeFlowSession.login(root, DemoUser.INSTRUCTOR1).get("/progress");
        assertEquals(200, instructor.statusCode());
        assertTrue(instructor.body().contains(DemoUser.TRAINEE1.legalName), "trainee1 is on instructor1's roster");

        HttpResponse<String> admin = CodeFlowSession.login(root, DemoUser.ADMIN1).get("/progress");
        assertTrue(admin.body().contains(DemoUser.TRAINEE1.legalName) && admin.body().contains("Ortiz-N"), admin.body());

        assertEquals(403, CodeFlowSession.login(root, DemoUser.TRAINEE1).get("/progress").statusCode());
    }
}

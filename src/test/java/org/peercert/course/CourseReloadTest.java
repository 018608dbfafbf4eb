package org.peercert.course;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.peercert.support.CodeFlowSession;
import org.peercert.support.DemoUser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The running service against a courses folder of its own: an edit on disk is served within
 * seconds, and a broken edit is reported (log, admin page, readiness) while the last good version
 * and the other courses keep being served.
 */
@QuarkusTest
@TestProfile(CourseReloadTest.OwnCoursesFolder.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CourseReloadTest {

    static final Path ROOT = createRoot();

    public static class OwnCoursesFolder implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            CourseFixture.write(ROOT, "fixture");
            CourseFixture.write(ROOT, "neighbour");
            return Map.of("lms.courses-dir", ROOT.toString(), "lms.courses-reload-interval", "300ms");
        }
    }

    @TestHTTPResource("/")
    URL root;

    @Test
    @Order(1)
    void anEditedModuleIsServedWithinSeconds() {
        CodeFlowSession trainee = CodeFlowSession.login(root, DemoUser.TRAINEE1);
        String page = "/courses/fixture/modules/01-the-only-module";
        assertTrue(trainee.get(page).body().contains("ORIGINAL TEXT"));
        CourseFixture.edit(ROOT.resolve("fixture/01-the-only-module.md"), "ORIGINAL TEXT", "EDITED TEXT");
        waitUntil(() -> trainee.get(page).body().contains("EDITED TEXT"));
    }

    @Test
    @Order(2)
    void aBrokenEditIsReportedWhileTheLastGoodVersionIsServed() {
        String version = given().get("/api/courses/fixture").then().statusCode(200).extract().path("contentVersion");
        CourseFixture.edit(ROOT.resolve("fixture/course.md"), "hours: 1\nhourMinutes", "hours: one\nhourMinutes");

        waitUntil(() -> given().get("/q/health/ready").then().extract().jsonPath()
                .getMap("checks.find { it.name == 'Course catalog' }.data").values().stream()
                .anyMatch(v -> String.valueOf(v).startsWith("fixture/course.md:7 hours:")));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Course catalog' }.data.problems", equalTo(1));
        given().get("/api/courses/fixture").then().statusCode(200).body("contentVersion", equalTo(version));
        given().get("/api/courses").then().statusCode(200).body("id", hasItem("neighbour"));

        String adminPage = CodeFlowSession.login(root, DemoUser.ADMIN1).get("/admin/courses").body();
        assertTrue(adminPage.contains("fixture/course.md") && adminPage.contains("<td>7</td>"), adminPage);
        assertTrue(adminPage.contains("1 problem in the course files") && adminPage.contains("<tr class=\"last-good\">")
                && adminPage.indexOf("Last good version") == adminPage.lastIndexOf("Last good version"),
                "the broken course, and it alone, is marked as served in its last good version: " + adminPage);
    }

    private static void waitUntil(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), "not seen within 10 seconds");
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static Path createRoot() {
        try {
            return Files.createTempDirectory("peercert-courses-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.peercert.course;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.peercert.support.CodeFlowSession;

import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.junit.jupiter.api.Test;
import org.peercert.support.DemoUser;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasLength;
import static org.hamcrest.Matchers.notNullValue;

/** The catalog API and pages on the shipped courses. */
@QuarkusTest
class CourseApiTest {

    @Test
    void theCatalogListsEveryShippedCourseWithItsRequirements() {
        given().get("/api/courses").then().statusCode(200)
                .body("id", hasItems("ky-apss", "ky-tcm-core", "ky-tcm-sud"))
                .body("find { it.id == 'ky-apss' }.requiredHours", equalTo(30))
                .body("find { it.id == 'ky-apss' }.hourMinutes", equalTo(60))
                .body("find { it.id == 'ky-apss' }.competencies.find { it.id == 'problem-solving' }.hours", equalTo(7))
                .body("find { it.id == 'ky-apss' }.modules.hours", everyItem(notNullValue()))
                .body("contentVersion", everyItem(hasLength(64)));
    }

    @Test
    void aKindFilterKeepsOnlyThatKind() {
        given().queryParam("kind", "specialty").get("/api/courses").then().statusCode(200)
                .body("kind", everyItem(equalTo("specialty")))
                .body("id", hasItems("ky-tcm-smi", "ky-tcm-sud", "ky-tcm-sed", "ky-tcm-cooccurring"));
    }

    @Test
    void oneCourseHasItsModulesAndLiveOnlyRule() {
        given().get("/api/courses/ky-tcm-sud").then().statusCode(200)
                .body("kind", equalTo("specialty"))
                .body("liveOnly", equalTo(true))
                .body("formats", equalTo(java.util.List.of("in-person", "live-video")))
                .body("prerequisites", equalTo(java.util.List.of("ky-tcm-core")));
    }

    @Test
    void anUnknownCourseIsAHelpful404() {
        given().get("/api/courses/no-such-course").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("no-such-course"));
    }

    @Test
    void theCatalogPageIsPublicAndModuleTextNeedsAnAccount() {
        given().get("/courses").then().statusCode(200).body(containsString("Kentucky Adult Peer Support Specialist"));
        given().get("/courses/ky-apss").then().statusCode(200).body(containsString("Problem Solving"));
        given().redirects().follow(false).get("/courses/ky-apss/modules/" + firstModule("ky-apss")).then().statusCode(302);
    }

    @TestHTTPResource("/")
    URL root;

    @Test
    void theCoursesAdminPageIsForAdminsOnly() {
        given().redirects().follow(false).get("/admin/courses").then().statusCode(302);
        for (DemoUser user : List.of(DemoUser.TRAINEE1, DemoUser.INSTRUCTOR1, DemoUser.REVIEWER1)) {
            assertEquals(403, CodeFlowSession.login(root, user).get("/admin/courses").statusCode(), user.username);
        }
        assertEquals(200, CodeFlowSession.login(root, DemoUser.ADMIN1).get("/admin/courses").statusCode());
    }

    @Test
    void aSpecialtyAsksForItsPrerequisiteByTitleBeforeOfferingToEnrol() {
        org.peercert.support.TraineeAccount newcomer = new org.peercert.support.TraineeAccount("prerequisite-trainee", "Sky", "Lindgren")
                .ensure();
        String page = newcomer.login(root).get("/courses/ky-tcm-sud").body();
        assertTrue(page.contains("id=\"prerequisite-first\"") && page.contains("Kentucky Targeted Case Management Core Training")
                && !page.contains("action=\"/courses/ky-tcm-sud/enrolment\""), page);
        given().auth().oauth2(newcomer.accessToken()).contentType("application/json").body(java.util.Map.of("courseId", "ky-tcm-sud"))
                .post("/api/enrolments").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("needs Kentucky Targeted Case Management Core Training to be complete first"));
        // A request waiting for an admin shows on the trainee's home, by the course's title.
        given().auth().oauth2(newcomer.accessToken()).contentType("application/json").body(java.util.Map.of("courseId", "ky-apss"))
                .post("/api/enrolments").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(202), equalTo(409)));
        String home = newcomer.login(root).get("/trainee").body();
        assertTrue(home.contains("Waiting for your training provider") && home.contains("Kentucky Adult Peer Support Specialist"), home);
    }

    @Test
    void anUnknownKindIsA400ThatNamesTheKinds() {
        given().queryParam("kind", "bogus").get("/api/courses").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("kind: \"bogus\" is not a kind of course; say certification, specialty, continuing-education."));
        assertEquals(400, CodeFlowSession.login(root, DemoUser.TRAINEE1).get("/courses?kind=bogus").statusCode());
    }

    @Test
    void theCatalogListsCertificationThenSpecialtiesThenContinuingEducation() {
        java.util.List<String> kinds = given().get("/api/courses").then().statusCode(200).extract().jsonPath().getList("kind");
        java.util.List<String> sorted = new java.util.ArrayList<>(kinds);
        java.util.List<String> order = java.util.List.of("certification", "specialty", "continuing-education");
        sorted.sort(java.util.Comparator.comparing(order::indexOf));
        assertEquals(sorted, kinds);
        java.util.List<String> ids = given().get("/api/courses").then().extract().jsonPath().getList("id");
        assertTrue(ids.indexOf("ky-apss") < ids.indexOf("ky-tcm-smi") && ids.indexOf("ky-tcm-core") < ids.indexOf("ky-tcm-sud"), ids.toString());
    }

    @Test
    void anEmptyKindFilterMeansAllCourses() {
        int all = given().get("/api/courses").then().extract().jsonPath().getList("id").size();
        given().queryParam("kind", "").get("/api/courses").then().statusCode(200).body("id.size()", equalTo(all));
    }

    @Test
    void readinessIncludesTheCatalog() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Course catalog' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Course catalog' }.data.problems", equalTo(0));
    }

    static String firstModule(String course) {
        return given().get("/api/courses/" + course).then().extract().path("modules[0].slug");
    }
}

package org.peercert.hours;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.peercert.course.CatalogSnapshotReader;
import org.peercert.exam.Question;
import org.peercert.support.CodeFlowSession;
import org.peercert.support.DemoUser;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Self-paced seat time through the module reader's own route: whatever the client sends, the
 * credit never exceeds the wall time that passed, one module at a time, 8 hours in 24.
 */
@QuarkusTest
class SeatTimeTest {

    private static final String COURSE = "ky-tcm-core";
    private static final String MODULE_A = "/courses/" + COURSE + "/modules/05-role-of-targeted-case-management";
    private static final String MODULE_B = "/courses/" + COURSE + "/modules/09-documentation";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL root;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void fastAndForgedBeatsEarnNoMoreThanTheWallTime() throws Exception {
        CodeFlowSession trainee = reader(DemoUser.TRAINEE1);
        String token = trainee.csrfToken(MODULE_A);
        Instant start = Instant.now(); // before the beat that starts the server's clock on this module
        beat(trainee, MODULE_A, token, "{}");
        long credited = 0;
        for (int i = 0; i < 15; i++) {
            credited += beat(trainee, MODULE_A, token, "{\"elapsedSeconds\": 3600, \"clientTime\": \"2030-01-01T00:00:00Z\"}")
                    .path("creditedMillis").asLong();
        }
        long wall = Duration.between(start, Instant.now()).toMillis();
        assertTrue(credited <= wall, "credited " + credited + " ms in " + wall + " ms of wall time");
    }

    @Test
    void parallelTabsOnOneModuleShareTheWallTimeAndOnTwoModulesEarnNothing() throws Exception {
        CodeFlowSession trainee = reader(DemoUser.TRAINEE1);
        String token = trainee.csrfToken(MODULE_A);
        Instant start = Instant.now();
        beat(trainee, MODULE_A, token, "{}");
        List<CompletableFuture<Long>> tabs = new ArrayList<>();
        for (int tab = 0; tab < 3; tab++) {
            tabs.add(CompletableFuture.supplyAsync(() -> {
                long sum = 0;
                for (int i = 0; i < 8; i++) {
                    sum += beat(trainee, MODULE_A, token, "{}").path("creditedMillis").asLong();
                }
                return sum;
            }));
        }
        long credited = tabs.stream().mapToLong(CompletableFuture::join).sum();
        long wall = Duration.between(start, Instant.now()).toMillis();
        assertTrue(credited <= wall, "three tabs credited " + credited + " ms in " + wall + " ms");
        assertTrue(credited > 0, "active reading on one module is credited");

        long alternating = 0;
        for (int i = 0; i < 6; i++) {
            Thread.sleep(300);
            alternating += beat(trainee, i % 2 == 0 ? MODULE_B : MODULE_A, token, "{}").path("creditedMillis").asLong();
        }
        assertEquals(0, alternating, "tabs on two modules earn nothing");
    }

    @Test
    void theDailyCapHoldsAtEightHoursInTwentyFour() throws Exception {
        // trainee2: the eight hours it gets here must not blunt trainee1's tests
        CodeFlowSession trainee = reader(DemoUser.TRAINEE2);
        String subject = given().auth().oauth2(DemoUser.TRAINEE2.accessToken()).get("/api/me").then().extract().path("subject");
        insertBeat(subject, "01-engagement-oars-stages-of-change", Duration.ofHours(8), Instant.now().minus(Duration.ofHours(2)));
        String token = trainee.csrfToken(MODULE_A);
        beat(trainee, MODULE_A, token, "{}");
        Thread.sleep(1200);
        JsonNode capped = beat(trainee, MODULE_A, token, "{}");
        assertEquals(0, capped.path("creditedMillis").asLong());
        assertEquals("daily cap reached", capped.path("note").asText());
    }

    @Test
    void aLiveOnlyCourseNeverAcceptsSelfPacedTime() {
        CodeFlowSession trainee = reader(DemoUser.TRAINEE1);
        String token = trainee.csrfToken(MODULE_A);
        HttpResponse<String> answer = trainee.postJson("/courses/ky-tcm-sud/modules/01-addiction-and-recovery-basics/activity", "{}", token);
        assertEquals(409, answer.statusCode(), answer.body());
    }

    @Test
    void aBeatWithoutTheCsrfHeaderIsRefused() {
        CodeFlowSession trainee = reader(DemoUser.TRAINEE1);
        HttpResponse<String> answer = trainee.postJson(MODULE_A + "/activity", "{}", "forged-token");
        assertEquals(400, answer.statusCode());
    }

    @Test
    void aScriptPostWithoutAnyTokenIsRefused() throws Exception {
        CodeFlowSession trainee = reader(DemoUser.TRAINEE1);
        HttpResponse<String> answer = trainee.postText(MODULE_A + "/activity", "{}");
        assertEquals(400, answer.statusCode());
        assertTrue(answer.body().contains("CSRF token"), answer.body());
    }

    @Test
    void aModuleIsCreditedOnceAfterItsMinutesAndItsKnowledgeCheck() throws Exception {
        LedgerTest.enrolled(DemoUser.TRAINEE2);
        CodeFlowSession trainee = CodeFlowSession.login(root, DemoUser.TRAINEE2);
        String subject = given().auth().oauth2(DemoUser.TRAINEE2.accessToken()).get("/api/me").then().extract().path("subject");
        String slug = "07-linkage-and-referral";
        insertBeat(subject, slug, Duration.ofMinutes(61), Instant.now().minus(Duration.ofDays(2)));

        Map<String, String> wrong = new java.util.HashMap<>(Map.of("csrf-token", trainee.csrfToken("/courses/" + COURSE + "/modules/" + slug)));
        HttpResponse<String> failed = trainee.post("/courses/" + COURSE + "/modules/" + slug + "/knowledge-check", wrong);
        assertTrue(failed.body().contains("Not yet"), "an empty answer sheet fails");
        assertEquals(0, selfPacedLines(subject, slug));
        // The review comes from the stored attempt, question by question, with the authors' explanations.
        assertTrue(failed.uri().getQuery().startsWith("attempt="), failed.uri().toString());
        assertTrue(failed.body().contains("Not right.") && failed.body().contains("none given"), failed.body());
        Question first = CatalogSnapshotReader.module(COURSE, slug).knowledgeCheck().get(0);
        assertTrue(failed.body().contains(first.explanation()), "the explanation is shown: " + first.explanation());
        // Nobody else's attempt, and nothing typed into the address, shows as a result.
        CodeFlowSession other = reader(DemoUser.TRAINEE1);
        String page = "/courses/" + COURSE + "/modules/" + slug;
        assertTrue(!other.get(page + "?" + failed.uri().getQuery()).body().contains("Not yet"), "another trainee's attempt");
        assertTrue(!trainee.get(page + "?check=passed").body().contains("Passed."), "a result typed into the address");
        // A form sent without its token is refused with a page that says why and that nothing was saved.
        HttpResponse<String> expired = trainee.post(page + "/knowledge-check", KnowledgeCheckAnswers.correctFor(COURSE, slug));
        assertEquals(400, expired.statusCode());
        assertTrue(expired.body().contains("This form has expired") && expired.body().contains("Nothing was saved"), expired.body());
        assertEquals(0, selfPacedLines(subject, slug));

        Map<String, String> right = new java.util.HashMap<>(KnowledgeCheckAnswers.correctFor(COURSE, slug));
        right.put("csrf-token", trainee.csrfToken("/courses/" + COURSE + "/modules/" + slug));
        HttpResponse<String> passed = trainee.post("/courses/" + COURSE + "/modules/" + slug + "/knowledge-check", right);
        assertTrue(passed.body().contains("This module is credited"), passed.body());
        assertEquals(1, selfPacedLines(subject, slug));

        String token = trainee.csrfToken("/courses/" + COURSE + "/modules/" + slug);
        beat(trainee, "/courses/" + COURSE + "/modules/" + slug, token, "{}");
        assertEquals(1, selfPacedLines(subject, slug), "credited once only");
    }

    private CodeFlowSession reader(DemoUser user) {
        LedgerTest.enrolled(user);
        return CodeFlowSession.login(root, user);
    }

    private static JsonNode beat(CodeFlowSession trainee, String module, String token, String body) {
        HttpResponse<String> answer = trainee.postJson(module + "/activity", body, token);
        assertEquals(200, answer.statusCode(), answer.body());
        try {
            return JSON.readTree(answer.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void insertBeat(String subject, String module, Duration credited, Instant at) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO activity_beat (trainee_subject, course_id, module_slug, received_at, credited_ms, note) "
                        + "VALUES (?, ?, ?, ?, ?, 'test fixture')")) {
            insert.setString(1, subject);
            insert.setString(2, COURSE);
            insert.setString(3, module);
            insert.setTimestamp(4, Timestamp.from(at));
            insert.setInt(5, (int) credited.toMillis());
            insert.executeUpdate();
        }
    }

    private long selfPacedLines(String subject, String module) {
        return given().auth().oauth2(DemoUser.ADMIN1.accessToken()).get("/api/trainees/" + subject + "/ledger/" + COURSE)
                .then().statusCode(200).extract().jsonPath()
                .getList("entries.findAll { it.source == 'self-paced' && it.moduleSlug == '" + module + "' }").size();
    }
}

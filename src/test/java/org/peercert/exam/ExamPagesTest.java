package org.peercert.exam;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.peercert.support.CodeFlowSession;
import org.peercert.support.DemoUser;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exam pages without JavaScript, as a plain browser posts them: the page carries no key, the
 * whole form saves and submits, a forged field is refused, the script's autosave endpoint answers
 * JSON, and another trainee's attempt page is 404.
 */
@QuarkusTest
@TestProfile(ExamProfile.class)
class ExamPagesTest {

    private static final String COURSE = "ky-tcm-core";
    private static final Pattern RADIO = Pattern.compile("type=\"radio\" name=\"(q\\.[A-Za-z0-9_-]{12})\" value=\"([A-Za-z0-9_-]{12})\"");
    private static final Pattern CHECKBOX = Pattern.compile("type=\"checkbox\" name=\"(q\\.[A-Za-z0-9_-]{12})\" value=\"([A-Za-z0-9_-]{12})\"");
    private static final Pattern TEXT = Pattern.compile("name=\"(q\\.[A-Za-z0-9_-]{12})\" type=\"text\"");
    private static final Pattern SELECT = Pattern.compile("<select id=\"[^\"]+\" name=\"(q\\.[A-Za-z0-9_-]{12}\\.[A-Za-z0-9_-]{12})\">\\s*<option value=\"\">[^<]*</option><option value=\"([A-Za-z0-9_-]{12})\"");

    @TestHTTPResource("/")
    URL root;

    @Test
    void theExamWorksWithoutScriptAndShowsNoKey() throws IOException {
        String trainee = ExamClient.enrolWithApproval(DemoUser.TRAINEE2, COURSE);
        ExamClient.completeHours(trainee, COURSE);
        CodeFlowSession session = CodeFlowSession.login(root, DemoUser.TRAINEE2);
        HttpResponse<String> examPage = session.get("/exams/" + COURSE);
        assertTrue(examPage.body().contains("id=\"start-exam\""), examPage.statusCode() + " " + examPage.body());
        String csrf = session.csrfToken("/exams/" + COURSE);
        HttpResponse<String> page = session.post("/exams/" + COURSE + "/attempts", Map.of("csrf-token", csrf));
        assertEquals(200, page.statusCode());
        String path = page.uri().getPath();
        assertTrue(path.matches("/exam-attempts/\\d+"), path);
        String html = page.body();
        for (String bankId : bankIds()) {
            assertFalse(html.contains("\"" + bankId + "\"") || html.contains(">" + bankId + "<"), "the page names bank question " + bankId);
        }

        Map<String, String> form = firstAnswers(html);
        assertTrue(form.size() >= 10, "answers found on the page: " + form.size());
        form.put("csrf-token", csrf);
        form.put("action", "save");
        HttpResponse<String> saved = session.post(path, form);
        assertTrue(saved.uri().getQuery().startsWith("saved="), saved.uri().toString());
        Matcher radio = RADIO.matcher(html);
        assertTrue(radio.find());
        assertTrue(saved.body().contains("name=\"" + radio.group(1) + "\" value=\"" + radio.group(2) + "\" checked"),
                "the saved choice is checked again");

        Map<String, String> forged = new LinkedHashMap<>(form);
        forged.put("q.AAAAAAAAAAAA", "x");
        assertEquals(422, session.post(path, forged).statusCode());

        HttpResponse<String> autosave = session.post(path + "/answers", Map.of("csrf-token", csrf, "question",
                radio.group(1).substring(2), radio.group(1), radio.group(2)));
        assertEquals(200, autosave.statusCode(), autosave.body());
        assertTrue(autosave.body().contains("\"saved\":true"), autosave.body());

        form.put("action", "submit");
        HttpResponse<String> result = session.post(path, form);
        assertTrue(result.uri().getPath().endsWith("/result"), result.uri().toString());
        assertTrue(result.body().contains("id=\"outcome\""));
        HttpResponse<String> late = session.post(path + "/answers", Map.of("csrf-token", csrf, "question",
                radio.group(1).substring(2), radio.group(1), radio.group(2)));
        assertEquals(409, late.statusCode());
        assertTrue(late.body().contains("can no longer change"), late.body());

        assertEquals(404, CodeFlowSession.login(root, DemoUser.TRAINEE1).get(path).statusCode());
        assertEquals(200, CodeFlowSession.login(root, DemoUser.REVIEWER1).get(path + "/result").statusCode());
    }

    /** For every question on the page, the first choice, the first right-hand option, or a typed text. */
    private static Map<String, String> firstAnswers(String html) {
        Map<String, String> form = new LinkedHashMap<>();
        for (Pattern p : List.of(RADIO, CHECKBOX, SELECT)) {
            Matcher m = p.matcher(html);
            while (m.find()) {
                form.putIfAbsent(m.group(1), m.group(2));
            }
        }
        Matcher text = TEXT.matcher(html);
        while (text.find()) {
            form.put(text.group(1), "an answer");
        }
        return form;
    }

    private static List<String> bankIds() throws IOException {
        Matcher ids = Pattern.compile("(?m)^- id: (\\S+)").matcher(Files.readString(Path.of("courses", COURSE, "exam", "core.yaml")));
        List<String> found = new java.util.ArrayList<>();
        while (ids.find()) {
            found.add(ids.group(1));
        }
        assertFalse(found.isEmpty());
        return found;
    }
}

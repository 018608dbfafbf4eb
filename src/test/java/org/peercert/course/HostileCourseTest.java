package org.peercert.course;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.NoAlertPresentException;
import org.peercert.support.Browser;
import org.peercert.support.CodeFlowSession;
import org.peercert.support.DemoUser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Course content is untrusted: a course whose author wrote scripts, event handlers, javascript:
 * links and raw HTML into its title, overview, module and questions is served with all of it
 * neutralised, and real Chromium runs none of it.
 */
@QuarkusTest
@TestProfile(HostileCourseTest.HostileCatalog.class)
class HostileCourseTest {

    static final Path ROOT = write();

    /** A catalog of one hostile course. */
    public static class HostileCatalog implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lms.courses-dir", ROOT.toString());
        }
    }

    private static final String ATTACKS = """
            <script>alert('script')</script>

            [click me](javascript:alert('link'))

            <img src="x" onerror="alert('img')">

            <iframe src="javascript:alert('frame')"></iframe>

            <a href="https://example.org" onclick="alert('click')">outside</a>

            <form action="https://evil.example.org"><input name="password"></form>
            """;

    @TestHTTPResource("/")
    URL root;

    @Test
    void theCourseAndItsModuleAreServedWithEveryAttackNeutralised() {
        for (String path : new String[] {"/courses/hostile", "/courses/hostile/modules/01-attacks"}) {
            String page = CodeFlowSession.login(root, DemoUser.TRAINEE1).get(path).body();
            String lower = page.toLowerCase();
            assertFalse(java.util.regex.Pattern.compile("<script(?![^>]*\\ssrc=\"/js/)").matcher(lower).find(),
                    path + " carries a script that is not PeerCert's own file: " + page);
            assertFalse(lower.contains("javascript:"), path);
            assertFalse(java.util.regex.Pattern.compile("<[^>]+\\son[a-z]+\\s*=").matcher(lower).find(), path + " carries an event handler");
            assertFalse(lower.contains("<iframe") || lower.contains("action=\"https://evil"), path);
            assertTrue(page.contains("Hostile &lt;script&gt;"), path + " shows the title's markup as text");
        }
    }

    @Test
    void chromiumRunsNoneOfIt() {
        try (Browser browser = Browser.open(360)) {
            String app = root.toString().replaceAll("/$", "");
            browser.login(app, DemoUser.TRAINEE1);
            for (String path : new String[] {"/courses/hostile", "/courses/hostile/modules/01-attacks"}) {
                browser.driver.get(app + path);
                assertThrows(NoAlertPresentException.class, () -> browser.driver.switchTo().alert(), path + " opened an alert");
                assertEquals(0L, browser.driver.executeScript("return document.querySelectorAll('iframe, form[action*=evil]').length"));
            }
        }
    }

    private static Path write() {
        try {
            Path root = Files.createTempDirectory("peercert-hostile-courses-");
            Path course = Files.createDirectories(root.resolve("hostile"));
            Files.writeString(course.resolve("course.md"), CourseFixture.COURSE_MD.formatted("hostile")
                    .replace("title: Fixture Course", "title: \"Hostile <script>alert('title')</script> Course\"")
                    .replace("The overview of the fixture course.", "The overview.\n\n" + ATTACKS));
            Files.writeString(course.resolve("01-attacks.md"), CourseFixture.MODULE_MD
                    .replace("  - Read this module.", "  - \"<img src=x onerror=alert('objective')>\"")
                    .replace("ORIGINAL TEXT of the module.", ATTACKS)
                    .replace("prompt: Is this a fixture?", "prompt: \"<script>alert('prompt')</script> Is this a fixture?\""));
            Files.createDirectories(course.resolve("exam"));
            Files.writeString(course.resolve("exam/bank.yaml"), CourseFixture.BANK_YAML);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

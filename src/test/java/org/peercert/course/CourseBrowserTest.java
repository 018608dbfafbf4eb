package org.peercert.course;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.peercert.support.Axe;
import org.peercert.support.Browser;
import org.peercert.support.DemoUser;

import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A trainee on a 360 px phone finds a course and reads a module; every page passes axe-core. */
@QuarkusTest
class CourseBrowserTest {

    private static final int PHONE = 360;

    @TestHTTPResource("/")
    URL root;

    private Browser browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aTraineeFindsACourseAndReadsAModuleOnAPhone() {
        browser = Browser.open(PHONE);
        String app = root.toString().replaceAll("/$", "");
        browser.login(app, DemoUser.TRAINEE1);

        browser.driver.get(app + "/courses");
        assertEquals("Course catalog", browser.waitFor(By.tagName("h1")).getText());
        check("catalog");

        browser.driver.findElement(By.linkText("Specialty training")).click();
        List<WebElement> cards = browser.driver.findElements(By.cssSelector(".course-card h2"));
        assertTrue(cards.size() >= 4 && cards.stream().allMatch(c -> c.getText().startsWith("TCM Specialty")),
                cards.stream().map(WebElement::getText).toList().toString());
        check("catalog filtered");

        browser.driver.get(app + "/courses/ky-tcm-core");
        assertTrue(browser.waitFor(By.tagName("h1")).getText().contains("Targeted Case Management"));
        assertTrue(browser.driver.findElement(By.id("competencies")).isDisplayed());
        check("course page");

        browser.driver.findElement(By.cssSelector("ol.modules li a")).click();
        assertTrue(browser.waitFor(By.id("objectives-heading")).isDisplayed());
        String text = browser.driver.findElement(By.cssSelector(".prose")).getText();
        assertTrue(text.split("\\s+").length >= 500, "a module reads as real text");
        check("module reader");

        browser.driver.findElement(By.cssSelector(".pager a[rel=next]")).click();
        assertTrue(browser.driver.getCurrentUrl().contains("/modules/02-"), browser.driver.getCurrentUrl());
    }

    @Test
    void anAdminSeesTheCoursesPage() {
        browser = Browser.open(PHONE);
        String app = root.toString().replaceAll("/$", "");
        browser.login(app, DemoUser.ADMIN1);
        browser.driver.get(app + "/admin/courses");
        assertEquals("Courses and problems", browser.waitFor(By.tagName("h1")).getText());
        check("courses admin page");
    }

    private void check(String page) {
        List<String> violations = Axe.seriousViolations(browser.driver);
        assertTrue(violations.isEmpty(), page + ": " + violations);
        assertTrue(browser.documentScrollWidth() <= PHONE, page + " scrolls sideways at " + PHONE + " px");
    }
}

package org.peercert.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.peercert.support.Axe;
import org.peercert.support.Browser;
import org.peercert.support.DemoUser;

import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * People in real headless Chromium: the Keycloak code-flow login, each role's home, and every
 * page checked by axe-core (no serious or critical violations) on a 360 px wide phone screen.
 */
@QuarkusTest
class BrowserTest {

    private static final int PHONE_WIDTH = 360;

    @TestHTTPResource("/")
    URL root;

    private Browser browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void trainee1LogsInThroughKeycloakAndSeesTheTraineeHome() {
        browser = Browser.open(PHONE_WIDTH);
        browser.login(app(), DemoUser.TRAINEE1);
        assertEquals(app() + "/trainee", browser.driver.getCurrentUrl());
        assertEquals("Trainee home", browser.waitFor(By.tagName("h1")).getText());
        assertEquals("Jordan Mitchell", browser.driver.findElement(By.className("legal-name")).getText());
        assertAccessibleAndFitsThePhone("trainee home");

        browser.driver.get(app() + "/");
        assertTrue(browser.driver.findElement(By.id("home-trainee")).isDisplayed());
        assertAccessibleAndFitsThePhone("home, logged in");

        browser.driver.get(app() + "/admin");
        assertEquals("Not allowed", browser.waitFor(By.tagName("h1")).getText());
        assertAccessibleAndFitsThePhone("403 page");
    }

    @Test
    void reviewer1SeesTheReviewerHome() {
        browser = Browser.open(PHONE_WIDTH);
        browser.login(app(), DemoUser.REVIEWER1);
        assertEquals("Reviewer home", browser.waitFor(By.tagName("h1")).getText());
        assertAccessibleAndFitsThePhone("reviewer home");
        browser.driver.get(app() + "/invitations");
        assertEquals("Staff invitations", browser.waitFor(By.tagName("h1")).getText());
        assertAccessibleAndFitsThePhone("invitations, read-only");
    }

    @Test
    void admin1SeesFieldErrorsBesideTheFields() {
        browser = Browser.open(PHONE_WIDTH);
        browser.login(app(), DemoUser.ADMIN1);
        browser.driver.get(app() + "/invitations");
        browser.waitFor(By.id("email")).sendKeys("not-an-email");
        browser.driver.findElement(By.cssSelector("form button[type=submit]")).click();
        assertEquals("Enter a valid email address.", browser.waitFor(By.id("email-error")).getText());
        assertEquals("not-an-email", browser.driver.findElement(By.id("email")).getAttribute("value"));
        assertAccessibleAndFitsThePhone("invitations form with errors");
    }

    @Test
    void anonymousPagesAreAccessible() {
        browser = Browser.open(PHONE_WIDTH);
        browser.driver.get(app() + "/");
        assertEquals("Welcome to PeerCert", browser.waitFor(By.tagName("h1")).getText());
        assertAccessibleAndFitsThePhone("home, anonymous");
        browser.driver.get(app() + "/no-such-page");
        assertEquals("Not found", browser.waitFor(By.tagName("h1")).getText());
        assertAccessibleAndFitsThePhone("404 page");
    }

    @Test
    void theSkipLinkIsTheFirstStopAndLeadsToTheMainContent() {
        browser = Browser.open(PHONE_WIDTH);
        browser.driver.get(app() + "/");
        browser.driver.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
        assertEquals("Skip to main content", browser.driver.switchTo().activeElement().getText());
        browser.driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
        assertTrue(browser.driver.getCurrentUrl().endsWith("#main"));
    }

    private void assertAccessibleAndFitsThePhone(String page) {
        List<String> violations = Axe.seriousViolations(browser.driver);
        assertTrue(violations.isEmpty(), page + ": " + violations);
        assertTrue(browser.documentScrollWidth() <= PHONE_WIDTH, page + " scrolls sideways at " + PHONE_WIDTH + " px");
    }

    private String app() {
        return root.toString().replaceAll("/$", "");
    }
}

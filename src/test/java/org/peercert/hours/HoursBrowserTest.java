package org.peercert.hours;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.peercert.support.Axe;
import org.peercert.support.Browser;
import org.peercert.support.DemoUser;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hours ledger as its people use it, in real Chromium on a phone-sized screen: instructor1
 * runs a live session and takes attendance, trainee1 reads a self-paced module and sees the
 * session in their progress and record, reviewer1 reads the record and its evidence.
 */
@QuarkusTest
class HoursBrowserTest {

    private static final int PHONE = 360;
    private static final String COURSE = "ky-tcm-core";

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
    void aLiveSessionAndASelfPacedModuleShowUpInTheTraineesRecord() {
        String trainee = LedgerTest.enrolled(DemoUser.TRAINEE1);
        String app = root.toString().replaceAll("/$", "");
        String title = "Crisis drills " + System.nanoTime();

        browser = Browser.open(PHONE);
        browser.login(app, DemoUser.INSTRUCTOR1);
        browser.driver.get(app + "/sessions?courseId=" + COURSE);
        check("sessions page");
        browser.driver.findElement(By.id("title")).sendKeys(title);
        new Select(browser.driver.findElement(By.id("competencyId"))).selectByValue("crisis-management");
        String yesterday = LocalDate.now(ZoneId.of("America/New_York")).minusDays(1).toString();
        browser.setValue(browser.driver.findElement(By.id("date")), yesterday);
        browser.setValue(browser.driver.findElement(By.id("start")), "14:00");
        browser.setValue(browser.driver.findElement(By.id("end")), "16:00");
        browser.driver.findElement(By.id("location")).sendKeys("Room 4, Bowling Green");
        browser.driver.findElement(By.cssSelector("input[name=roster][value='" + trainee + "']")).click();
        browser.driver.findElement(By.cssSelector("form[method=post][action='/sessions'] button[type=submit]")).click();

        assertEquals(title, browser.waitFor(By.tagName("h1")).getText(), () -> "refused: "
                + browser.driver.findElements(By.className("alert")).stream().map(WebElement::getText).toList());
        check("session page");
        WebElement form = browser.driver.findElement(By.cssSelector("form.attendance"));
        browser.setValue(form.findElement(By.name("joined")), "14:15");
        browser.setValue(form.findElement(By.name("left")), "16:00");
        form.findElement(By.cssSelector("button")).click();
        // The closure button is on the page before and after the save: wait for the new page first.
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(form));
        browser.waitFor(By.cssSelector("form[action$='/closure'] button")).click();
        assertTrue(browser.waitFor(By.className("notice")).getText().contains("Attendance is closed"));
        browser.close();

        browser = Browser.open(PHONE);
        browser.login(app, DemoUser.TRAINEE1);
        long beats = beatsOf(trainee);
        browser.driver.get(app + "/courses/" + COURSE + "/modules/03-de-escalation-and-safety");
        assertTrue(browser.waitFor(By.id("seat-time")).getText().contains("counts your reading time"));
        waitForBeatsAbove(trainee, beats); // the reader reports as soon as it opens
        check("module reader with seat time");

        browser.driver.get(app + "/trainee");
        assertTrue(browser.waitFor(By.id("progress-" + COURSE)).isDisplayed());
        check("trainee dashboard");
        browser.driver.findElement(By.linkText("Your training record for this course, line by line")).click();
        assertTrue(browser.waitFor(By.cssSelector("table.ledger")).getText().contains("session #"), "the live session's line");
        assertTrue(browser.driver.getPageSource().contains("105"), "105 minutes: 2:15 pm to 4:00 pm");
        check("ledger page");
        browser.close();

        browser = Browser.open(PHONE);
        browser.login(app, DemoUser.REVIEWER1);
        browser.driver.get(app + "/ledger/" + trainee + "/" + COURSE);
        assertTrue(browser.waitFor(By.cssSelector("table.ledger")).getText().contains("present"));
        assertTrue(browser.driver.findElements(By.id("correct-heading")).isEmpty(), "reviewers cannot correct");
        check("ledger page, reviewer");
    }

    private static long beatsOf(String trainee) {
        List<?> beats = given().auth().oauth2(DemoUser.ADMIN1.accessToken())
                .get("/api/trainees/" + trainee + "/ledger/" + COURSE + "/activity").then().statusCode(200)
                .extract().jsonPath().getList("$");
        return beats.size();
    }

    private static void waitForBeatsAbove(String trainee, long before) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (beatsOf(trainee) <= before) {
            assertTrue(System.currentTimeMillis() < deadline, "the reader sent no heartbeat");
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void check(String page) {
        List<String> violations = Axe.seriousViolations(browser.driver);
        assertTrue(violations.isEmpty(), page + ": " + violations);
        assertTrue(browser.documentScrollWidth() <= PHONE, page + " scrolls sideways at " + PHONE + " px");
    }
}

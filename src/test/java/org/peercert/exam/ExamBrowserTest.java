package org.peercert.exam;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peercert.support.Axe;
import org.peercert.support.Browser;
import org.peercert.support.DemoUser;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The written exam as people use it, in real Chromium on a 360 px phone: trainee1 completes the
 * TCM core's hours (an admin's adjustments), sits its shipped written exam, reloads mid-exam and
 * finds every answer in place, submits and reads the result; the admin reads results and item
 * analysis and grants an accommodation. Every page passes axe-core.
 */
@QuarkusTest
@TestProfile(ExamProfile.class)
class ExamBrowserTest {

    private static final int PHONE = 360;
    private static final String COURSE = "ky-apss";

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
    void aTraineeSitsTheWrittenExamReloadsMidwayAndReadsTheResult() {
        String trainee = ExamClient.enrolWithApproval(DemoUser.TRAINEE1, COURSE);
        ExamClient.completeHours(trainee, COURSE);
        String app = root.toString().replaceAll("/$", "");

        browser = Browser.open(PHONE);
        browser.login(app, DemoUser.TRAINEE1);
        browser.driver.get(app + "/trainee");
        WebElement state = browser.waitFor(By.id("exam-state-" + COURSE));
        assertTrue(state.getText().contains("Your written exam is open"), state.getText());
        check("trainee home with the exam open");
        state.findElement(By.tagName("a")).click();
        browser.waitFor(By.id("start-exam"));
        check("exam page");
        browser.driver.findElement(By.id("start-exam")).click();

        WebElement clock = browser.waitFor(By.id("countdown"));
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> clock.getText().matches("\\d+:\\d{2}(:\\d{2})?"));
        check("attempt page");
        List<WebElement> questions = browser.driver.findElements(By.cssSelector("fieldset.question"));
        assertTrue(questions.size() >= 10, "the APSS written exam draws " + questions.size());
        List<String> given = new ArrayList<>();
        for (WebElement question : questions.subList(0, 4)) {
            given.add(answer(question));
            String id = question.getAttribute("data-question");
            new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.textToBe(By.id("status-" + id), "Saved"));
        }
        assertEquals("Answered so far: 4 of " + questions.size(), browser.driver.findElement(By.id("answered")).getText(),
                "the counter follows the answers without a reload");

        browser.driver.navigate().refresh();
        browser.waitFor(By.id("countdown"));
        List<WebElement> reloaded = browser.driver.findElements(By.cssSelector("fieldset.question"));
        for (int i = 0; i < 4; i++) {
            assertEquals(given.get(i), shown(reloaded.get(i)), "question " + (i + 1) + " after the reload");
        }
        assertTrue(browser.driver.findElement(By.id("answered")).getText().contains("4 of " + questions.size()));

        // Blank questions left: submitting asks first, and "cancel" keeps the attempt going.
        browser.driver.findElement(By.id("submit-exam")).click();
        org.openqa.selenium.Alert ask = new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent());
        assertTrue(ask.getText().startsWith((questions.size() - 4) + " of the questions are still blank"), ask.getText());
        ask.dismiss();
        assertTrue(browser.driver.findElements(By.id("outcome")).isEmpty() && browser.driver.findElement(By.id("countdown")).isDisplayed());
        browser.driver.findElement(By.id("submit-exam")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
        WebElement outcome = browser.waitFor(By.id("outcome"));
        assertTrue(outcome.getText().contains("pass mark is 80 %"), outcome.getText());
        assertTrue(browser.driver.findElement(By.cssSelector("table.by-competency")).getText().contains("Problem Solving"));
        check("result page");
        browser.driver.get(app + "/trainee");
        assertTrue(browser.waitFor(By.id("exam-state-" + COURSE)).getText().contains("Written exam"));
        browser.close();

        browser = Browser.open(PHONE);
        browser.login(app, DemoUser.ADMIN1);
        browser.driver.get(app + "/exams");
        check("exams list");
        browser.driver.get(app + "/exams/" + COURSE + "/results");
        assertTrue(browser.waitFor(By.cssSelector("table.results")).getText().contains(DemoUser.TRAINEE1.legalName));
        check("results per trainee");
        browser.driver.findElement(By.cssSelector("table.results a")).click();
        assertTrue(browser.waitFor(By.cssSelector("ol.review")).getText().contains("Right answer"));
        check("result page, admin");
        browser.driver.get(app + "/exams/" + COURSE + "/item-analysis");
        assertTrue(browser.waitFor(By.cssSelector("ol.items")).findElements(By.cssSelector("li.item")).size() >= questions.size());
        check("item analysis");
        browser.driver.get(app + "/admin/accommodations");
        browser.waitFor(By.id("username")).sendKeys("trainee2");
        WebElement multiplier = browser.driver.findElement(By.id("timeMultiplier"));
        multiplier.clear();
        multiplier.sendKeys("1.25");
        browser.driver.findElement(By.id("reason")).sendKeys("Documented accommodation on file");
        browser.driver.findElement(By.cssSelector("form[action='/admin/accommodations'] button")).click();
        assertTrue(browser.waitFor(By.className("notice")).getText().contains("× 1.25"));
        check("accommodations");
    }

    /** Gives an answer through the page, as a trainee would, and returns what the page then shows. */
    private String answer(WebElement question) {
        List<WebElement> choices = question.findElements(By.cssSelector("input[type=radio], input[type=checkbox]"));
        if (!choices.isEmpty()) {
            choices.get(choices.size() - 1).findElement(By.xpath("..")).click();
        }
        for (WebElement select : question.findElements(By.tagName("select"))) {
            new Select(select).selectByIndex(1);
        }
        for (WebElement text : question.findElements(By.cssSelector("input[type=text]"))) {
            text.sendKeys("a typed answer");
        }
        return shown(question);
    }

    private static String shown(WebElement question) {
        StringBuilder shown = new StringBuilder();
        for (WebElement input : question.findElements(By.cssSelector("input[type=radio], input[type=checkbox]"))) {
            shown.append(input.isSelected() ? "x" : "-");
        }
        for (WebElement select : question.findElements(By.tagName("select"))) {
            shown.append(new Select(select).getFirstSelectedOption().getText()).append('|');
        }
        for (WebElement text : question.findElements(By.cssSelector("input[type=text]"))) {
            shown.append(text.getAttribute("value"));
        }
        return shown.toString();
    }

    private void check(String page) {
        List<String> violations = Axe.seriousViolations(browser.driver);
        assertTrue(violations.isEmpty(), page + ": " + violations);
        assertTrue(browser.documentScrollWidth() <= PHONE, page + " scrolls sideways at " + PHONE + " px");
    }
}

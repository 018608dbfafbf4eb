package org.peercert.certificate;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peercert.support.Axe;
import org.peercert.support.Browser;
import org.peercert.support.DemoUser;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Certificates as people use them, in real Chromium on a phone-sized screen, with axe-core on
 * every page: trainee1 evaluates the course, confirms the name and gets the certificate; a
 * stranger scans its QR code and sees VALID; admin1 revokes it and starts a bulk download; the
 * stranger's verify page then shows REVOKED.
 */
@QuarkusTest
@TestProfile(CertificateProfile.class)
class CertificateBrowserTest {

    private static final int PHONE = 360;
    private static final String COURSE = "ce-browser";

    @TestHTTPResource("/")
    URL root;

    @Inject
    RecordedExamResults exams;

    private Browser browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void fromEvaluationToCertificateToVerificationAndRevocation() throws Exception {
        String app = root.toString().replaceAll("/$", "");
        String subject = CertificateSteps.subject(DemoUser.TRAINEE1);
        CertificateSteps.enrol(DemoUser.TRAINEE1, COURSE);
        CertificateSteps.credit(subject, COURSE, 50);
        exams.pass(subject, COURSE, "post-test");

        browser = Browser.open(PHONE);
        browser.login(app, DemoUser.TRAINEE1);
        browser.driver.get(app + "/certificates");
        WebElement course = browser.waitFor(By.id("course-" + COURSE));
        assertTrue(course.getText().contains("Course evaluation: not yet submitted"), course.getText());
        check("certificates page, before");
        course.findElement(By.linkText("Fill in the course evaluation")).click();
        browser.waitFor(By.cssSelector("form.evaluation"));
        check("evaluation page");
        for (WebElement fieldset : browser.driver.findElements(By.cssSelector("fieldset.likert"))) {
            fieldset.findElements(By.cssSelector("input[type=radio]")).get(3).click();
        }
        browser.driver.findElement(By.id("comments")).sendKeys("The scenarios felt real.");
        browser.driver.findElement(By.cssSelector("form.evaluation button[type=submit]")).click();
        browser.waitFor(By.id("name-heading"));
        browser.driver.findElement(By.linkText("Check and confirm your name")).click();
        assertEquals(DemoUser.TRAINEE1.legalName, browser.waitFor(By.cssSelector(".big-name")).getText());
        check("name page");
        browser.driver.findElement(By.cssSelector("form[action='/certificates/name'] button")).click();
        browser.waitFor(By.id("course-" + COURSE)).findElement(By.cssSelector("button[type=submit]")).click();
        WebElement issued = browser.waitFor(By.cssSelector(".certificate-list li"));
        String number = issued.findElement(By.className("number")).getText();
        assertTrue(issued.getText().contains("Valid"), issued.getText());
        check("certificates page, issued");
        browser.close();

        String qr = PdfChecks.qrText(CertificateSteps.pdf(DemoUser.TRAINEE1, number));
        browser = Browser.open(PHONE); // a stranger's phone: no login
        browser.driver.get(qr);
        assertEquals("Valid", browser.waitFor(By.cssSelector("#certificate-status .status-word")).getText());
        assertTrue(browser.driver.findElement(By.cssSelector(".holder-name")).getText().contains(DemoUser.TRAINEE1.legalName));
        check("verify page, valid");
        browser.close();

        browser = Browser.open(PHONE);
        browser.login(app, DemoUser.ADMIN1);
        browser.driver.get(app + "/admin/certificates?courseId=" + COURSE);
        browser.waitFor(By.cssSelector("table.certificates"));
        check("admin certificates page");
        browser.driver.findElement(By.linkText(number)).click();
        browser.waitFor(By.id("reason")).sendKeys("Issued before the attendance audit; reissued after it");
        browser.driver.findElement(By.id("allow-replacement")).click();
        check("admin certificate page");
        browser.driver.findElement(By.cssSelector("button.danger")).click();
        // #replacement-allowed is only on the page after the revocation, so the status read is that page's.
        assertTrue(browser.waitFor(By.id("replacement-allowed")).getText().contains("reissued after it"));
        assertEquals("Revoked", browser.driver.findElement(By.cssSelector("#certificate-status .status-word")).getText());
        browser.driver.findElement(By.linkText(browser.driver.findElement(By.cssSelector(".breadcrumb a")).getText())).click();
        browser.waitFor(By.cssSelector("button[value=download]")).click();
        browser.waitFor(By.id("job"));
        check("job page");
        new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.id("job-zip")));
        assertTrue(browser.driver.findElement(By.id("job-state")).getText().contains("Finished"));
        browser.close();

        browser = Browser.open(PHONE);
        browser.driver.get(qr);
        assertEquals("Revoked", browser.waitFor(By.cssSelector("#certificate-status .status-word")).getText());
        assertTrue(browser.driver.findElement(By.cssSelector(".revocation-reason")).getText().contains("attendance audit"));
        check("verify page, revoked");
        browser.driver.get(app + "/verify");
        browser.waitFor(By.id("number")).sendKeys(number.substring(0, 18) + (number.endsWith("0") ? "1" : "0"));
        browser.driver.findElement(By.cssSelector("form.verify-search button")).click();
        assertTrue(browser.waitFor(By.id("verify-problem")).getText().contains("mistyped"));
        check("verify search page with a typo");
    }

    private void check(String page) {
        List<String> violations = Axe.seriousViolations(browser.driver);
        assertTrue(violations.isEmpty(), page + ": " + violations);
        assertTrue(browser.documentScrollWidth() <= PHONE, page + " scrolls sideways at " + PHONE + " px");
    }
}

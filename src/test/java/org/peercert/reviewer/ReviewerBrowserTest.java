package org.peercert.reviewer;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.peercert.certificate.CertificateProfile;
import org.peercert.certificate.CertificateSteps;
import org.peercert.certificate.RecordedExamResults;
import org.peercert.support.Axe;
import org.peercert.support.Browser;
import org.peercert.support.DemoUser;

import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reviewer's way in real Chromium on a phone-sized screen, with axe-core on every page: from
 * the home to the search, a certificate number typed, the record behind it and its packet link.
 */
@QuarkusTest
@TestProfile(CertificateProfile.class)
class ReviewerBrowserTest {

    private static final int PHONE = 360;

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
    void fromTheHomeToTheSearchToTheRecordAndItsPacket() {
        String app = root.toString().replaceAll("/$", "");
        String number = CertificateSteps.certified(DemoUser.TRAINEE1.accessToken(), DemoUser.TRAINEE1.legalName,
                ReviewerSearchTest.COURSE, exams);
        browser = Browser.open(PHONE);
        browser.login(app, DemoUser.REVIEWER1);
        browser.driver.get(app + "/reviewer");
        browser.waitFor(By.cssSelector("a[href='/reviewer/search']")).click();
        browser.waitFor(By.id("number")).sendKeys(number.replace("-", "").toLowerCase());
        check("search page");
        browser.driver.findElement(By.cssSelector("form[action='/reviewer/search'] button[type=submit]")).click();
        browser.waitFor(By.id("certificate-hits"));
        check("search results");
        browser.driver.findElement(By.cssSelector("#certificate-hits a")).click();
        assertEquals("Training record: " + DemoUser.TRAINEE1.legalName, browser.waitFor(By.tagName("h1")).getText());
        String packet = browser.waitFor(By.id("packet-download")).getAttribute("href");
        assertTrue(packet.endsWith("/packet.zip"), packet);
        assertTrue(browser.driver.findElement(By.id("certificates")).getText().contains(number));
        check("trainee record");
        browser.driver.get(app + "/reviewer/exports");
        browser.waitFor(By.id("tris-from"));
        check("exports page");
    }

    private void check(String page) {
        List<String> violations = Axe.seriousViolations(browser.driver);
        assertTrue(violations.isEmpty(), page + ": " + violations);
        assertTrue(browser.documentScrollWidth() <= PHONE, page + " scrolls sideways at " + PHONE + " px: "
                + browser.driver.executeScript("return Array.from(document.querySelectorAll('body *'))"
                + ".filter(e => e.getBoundingClientRect().right > window.innerWidth && !e.closest('.table-scroll'))"
                + ".slice(0, 5).map(e => e.tagName + '.' + e.className + '#' + e.id).join(', ')"));
    }
}

package org.peercert.ce;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.peercert.support.Axe;
import org.peercert.support.Browser;
import org.peercert.support.DemoUser;
import org.peercert.support.ProviderToday;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CE path in real Chromium on a phone-sized screen: an admin records a specialist, the
 * specialist claims outside CE with a certificate file, the admin approves it, and the
 * specialist's CE year counts it. Every page passes axe-core.
 */
@QuarkusTest
class CeBrowserTest {

    private static final int PHONE_WIDTH = 360;

    @TestHTTPResource("/")
    URL root;

    @Test
    void anAdminRecordsASpecialistWhoClaimsOutsideCeThatTheAdminApproves() throws Exception {
        String title = "Peer supervision workshop " + System.nanoTime();
        try (Browser admin = Browser.open(PHONE_WIDTH)) {
            admin.login(app(), DemoUser.ADMIN1);
            admin.driver.get(app() + "/admin/ce");
            admin.waitFor(By.id("username")).sendKeys("trainee2");
            admin.driver.findElement(By.id("credential")).sendKeys("Kentucky Adult Peer Support Specialist");
            admin.setValue(admin.driver.findElement(By.id("certifiedOn")), ProviderToday.date().minusMonths(7).toString());
            admin.driver.findElement(By.id("reason")).sendKeys("Certified by DBHDID; letter on file");
            admin.driver.findElement(By.cssSelector("form[action='/admin/ce/specialists'] button")).click();
            assertTrue(admin.waitFor(By.cssSelector("p.notice")).getText().contains("certification is recorded"));
            check(admin, "admin CE page");
        }
        try (Browser trainee = Browser.open(PHONE_WIDTH)) {
            trainee.login(app(), DemoUser.TRAINEE2);
            assertTrue(trainee.waitFor(By.id("ce-heading")).isDisplayed(), "the trainee home shows the CE year");
            trainee.driver.get(app() + "/ce");
            trainee.waitFor(By.id("title")).sendKeys(title);
            trainee.driver.findElement(By.id("provider")).sendKeys("Appalachian Recovery Network");
            trainee.driver.findElement(By.id("hours")).sendKeys("1.5");
            trainee.setValue(trainee.driver.findElement(By.id("completedOn")), ProviderToday.date().minusDays(3).toString());
            Path pdf = Files.createTempFile("ce-certificate-", ".pdf");
            Files.write(pdf, "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
            trainee.driver.findElement(By.id("certificate")).sendKeys(pdf.toString());
            trainee.driver.findElement(By.cssSelector("form[action='/ce/outside-ce'] button")).click();
            assertTrue(trainee.waitFor(By.id("claims")).getText().contains(title));
            check(trainee, "trainee CE page with a claim");
        }
        try (Browser admin = Browser.open(PHONE_WIDTH)) {
            admin.login(app(), DemoUser.ADMIN1);
            admin.driver.get(app() + "/admin/ce");
            admin.waitFor(By.xpath("//li[contains(., '" + title + "')]//button[@value='approve']")).click();
            assertTrue(admin.waitFor(By.cssSelector("p.notice")).getText().contains("answered"));
        }
        try (Browser trainee = Browser.open(PHONE_WIDTH)) {
            trainee.login(app(), DemoUser.TRAINEE2);
            trainee.driver.get(app() + "/ce");
            String page = trainee.waitFor(By.id("ce-year-heading")).findElement(By.xpath("..")).getText();
            assertTrue(page.contains(title), page);
        }
    }

    private void check(Browser browser, String page) {
        List<String> violations = Axe.seriousViolations(browser.driver);
        assertTrue(violations.isEmpty(), page + ": " + violations);
        assertTrue(browser.documentScrollWidth() <= PHONE_WIDTH, page + " scrolls sideways at " + PHONE_WIDTH + " px");
    }

    private String app() {
        return root.toString().replaceAll("/$", "");
    }
}

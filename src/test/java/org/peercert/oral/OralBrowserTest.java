package org.peercert.oral;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.peercert.support.Axe;
import org.peercert.support.Browser;
import org.peercert.support.DemoUser;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The oral exam in real Chromium on a phone-sized screen, as new users would go through it: the
 * instructor publishes a slot, the trainee books it and sees the booking, the instructor scores
 * the exam with the rubric on its day, and the trainee reads the result and the feedback. Every
 * page passes axe-core and fits the screen.
 */
@QuarkusTest
@TestProfile(OralTestProfile.class)
class OralBrowserTest {

    private static final int PHONE_WIDTH = 360;
    private static final String COURSE = "oral-browser";
    private static final String FEEDBACK = "You reflected feelings well. Next time, name the limits of confidentiality first.";

    @TestHTTPResource("/")
    URL root;

    @Inject
    TravellingClock clock;

    @AfterEach
    void backToToday() {
        clock.comeBack();
    }

    @Test
    void anInstructorPublishesATraineeBooksTheInstructorScoresAndTheTraineeSeesTheResult() {
        OralFixtures.eligible(DemoUser.TRAINEE1.accessToken(), DemoUser.ADMIN1.accessToken(), COURSE);
        Instant start = OralFixtures.farStart();
        ZonedDateTime local = start.atZone(ZoneId.of("America/New_York"));
        try (Browser instructor = Browser.open(PHONE_WIDTH)) {
            instructor.login(app(), DemoUser.INSTRUCTOR1);
            instructor.driver.get(app() + "/instructor");
            instructor.waitFor(By.linkText("Oral exam calendar")).click();
            new Select(instructor.waitFor(By.id("courseId"))).selectByValue(COURSE);
            instructor.setValue(instructor.driver.findElement(By.id("date")), local.toLocalDate().toString());
            instructor.setValue(instructor.driver.findElement(By.id("start")), local.toLocalTime().toString());
            new Select(instructor.driver.findElement(By.id("format"))).selectByValue("in-person");
            instructor.driver.findElement(By.id("location")).sendKeys("Recovery Center, Room 3, Hazard");
            assertEquals("instructor1", instructor.driver.findElement(By.id("examiner1")).getAttribute("value"));
            instructor.driver.findElement(By.cssSelector("form[action='/oral/calendar'] button")).click();
            assertTrue(instructor.waitFor(By.cssSelector("p.notice")).getText().contains("published"));
            assertTrue(instructor.driver.findElement(By.tagName("main")).getText().contains("Recovery Center, Room 3, Hazard"));
            check(instructor, "instructor calendar");
        }
        long booking;
        try (Browser trainee = Browser.open(PHONE_WIDTH)) {
            trainee.login(app(), DemoUser.TRAINEE1);
            trainee.driver.get(app() + "/trainee");
            trainee.waitFor(By.xpath("//section[.//h2/a[text()='Oral Browser Course']]//a[contains(., 'Your oral exam')]")).click();
            trainee.waitFor(By.xpath("//section[.//h2[text()='Oral Browser Course']]//input[@name='slotId']")).click();
            trainee.driver.findElement(By.xpath("//section[.//h2[text()='Oral Browser Course']]//form[@action='/oral/bookings']//button")).click();
            assertTrue(trainee.waitFor(By.cssSelector("p.notice")).getText().contains("Your oral exam is booked"));
            String card = trainee.driver.findElement(By.xpath("//section[.//h2[text()='Oral Browser Course']]")).getText();
            assertTrue(card.contains("Recovery Center, Room 3, Hazard") && card.contains("Dana Whitfield") && card.contains("Booked"), card);
            check(trainee, "trainee oral exams with a booking");
            trainee.driver.findElement(By.xpath("//section[.//h2[text()='Oral Browser Course']]//a[text()='Booking details and result']")).click();
            trainee.waitFor(By.id("oral-status"));
            booking = Long.parseLong(trainee.driver.getCurrentUrl().replaceAll(".*/oral/bookings/(\\d+).*", "$1"));
            check(trainee, "trainee booking page");
        }

        clock.travel(Duration.between(Instant.now(), start.plus(Duration.ofMinutes(35))));
        try (Browser instructor = Browser.open(PHONE_WIDTH)) {
            instructor.login(app(), DemoUser.INSTRUCTOR1);
            instructor.driver.get(app() + "/oral/bookings/" + booking);
            instructor.waitFor(By.cssSelector("input[name='points.listening'][value='3']")).click();
            instructor.driver.findElement(By.cssSelector("input[name='points.ethics'][value='2']")).click();
            instructor.driver.findElement(By.id("feedback")).sendKeys(FEEDBACK);
            check(instructor, "scoring form");
            instructor.driver.findElement(By.cssSelector("form[action$='/scores'] button")).click();
            assertTrue(instructor.waitFor(By.cssSelector("p.notice")).getText().contains("Your score is recorded"));
            assertEquals("Passed", instructor.driver.findElement(By.id("oral-status")).getText());
            check(instructor, "booking page after scoring");
        }
        try (Browser trainee = Browser.open(PHONE_WIDTH)) {
            trainee.login(app(), DemoUser.TRAINEE1);
            trainee.driver.get(app() + "/oral/bookings/" + booking);
            assertEquals("Passed", trainee.waitFor(By.id("oral-outcome")).getText());
            String result = trainee.driver.findElement(By.cssSelector(".oral-result")).getText();
            assertTrue(result.contains(FEEDBACK) && result.contains("Dana Whitfield: 5 of 6 points"), result);
            check(trainee, "trainee result");
        }
        try (Browser admin = Browser.open(PHONE_WIDTH)) {
            admin.login(app(), DemoUser.ADMIN1);
            admin.driver.get(app() + "/admin");
            admin.waitFor(By.linkText("Oral exam slots")).click();
            String rates = admin.waitFor(By.cssSelector("table.oral-rates")).getText();
            assertTrue(rates.contains("Oral Browser Course") && rates.contains("All courses"), rates);
            check(admin, "admin slots and fill rates");
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

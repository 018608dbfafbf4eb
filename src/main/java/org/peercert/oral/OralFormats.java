package org.peercert.oral;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import org.peercert.config.LmsConfig;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times of oral exams on pages, in the provider's zone: {@code {slot.startsAt.clock}} gives "10:30 AM". */
@TemplateExtension
public class OralFormats {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.US);

    private OralFormats() {
    }

    static String clock(Instant instant) {
        return instant == null ? "" : CLOCK.format(instant.atZone(zone()));
    }

    /** The provider's calendar day of an instant, for grouping a calendar by day. */
    static LocalDate day(Instant instant) {
        return instant.atZone(zone()).toLocalDate();
    }

    @TemplateExtension(matchName = "weekday")
    static String weekday(LocalDate day) {
        return DAY.format(day);
    }

    private static java.time.ZoneId zone() {
        return Arc.container().instance(LmsConfig.class).get().timeZone();
    }
}

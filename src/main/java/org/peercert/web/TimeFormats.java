package org.peercert.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import org.peercert.config.LmsConfig;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times are stored in UTC and shown in the provider's zone: {@code {instant.local}} in templates. */
@TemplateExtension
public class TimeFormats {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("MMM d, yyyy h:mm a z", Locale.US);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private TimeFormats() {
    }

    /** An instant in the provider's zone, as pages show it; services use it in their messages too. */
    public static String local(Instant instant) {
        if (instant == null) {
            return "";
        }
        return LOCAL.format(instant.atZone(Arc.container().instance(LmsConfig.class).get().timeZone()));
    }

    /** A calendar day as people write it: {@code {day.spelled}} in templates, "March 4, 2027". */
    @TemplateExtension(matchName = "spelled")
    public static String date(java.time.LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }
}

package org.peercert.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import org.peercert.config.LmsConfig;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates in the provider's calendar, as certificates and their pages print them. */
@ApplicationScoped
public class LocalDates {

    static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private final LmsConfig config;

    public LocalDates(LmsConfig config) {
        this.config = config;
    }

    public LocalDate today() {
        return LocalDate.now(config.timeZone());
    }

    public LocalDate dateOf(Instant instant) {
        return instant.atZone(config.timeZone()).toLocalDate();
    }

    public String printed(Instant instant) {
        return PRINTED.format(dateOf(instant));
    }

    public static String printed(LocalDate date) {
        return date == null ? "" : PRINTED.format(date);
    }
}

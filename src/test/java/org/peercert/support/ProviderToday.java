package org.peercert.support;

import org.eclipse.microprofile.config.ConfigProvider;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today in the provider's calendar ({@code lms.time-zone}), the date the service stamps on records.
 * The JVM's own zone (UTC on CI) is a day ahead of Kentucky every evening, so a test comparing
 * against {@code LocalDate.now()} fails between 7 pm and midnight Eastern.
 */
public final class ProviderToday {

    private ProviderToday() {
    }

    public static LocalDate date() {
        return LocalDate.now(ZoneId.of(ConfigProvider.getConfig().getValue("lms.time-zone", String.class)));
    }
}

package org.peercert.support;

import io.quarkus.arc.Arc;
import org.peercert.certificate.LocalDates;

import java.time.LocalDate;

/**
 * Today in the provider's calendar, as the service stamps it on records ({@link LocalDates}).
 * The JVM's own zone (UTC on CI) is a day ahead of Kentucky every evening, so a test comparing
 * against {@code LocalDate.now()} fails between 7 pm and midnight Eastern.
 */
public final class ProviderToday {

    private ProviderToday() {
    }

    public static LocalDate date() {
        return Arc.container().instance(LocalDates.class).get().today();
    }
}

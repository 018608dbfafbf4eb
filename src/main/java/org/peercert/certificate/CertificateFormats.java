package org.peercert.certificate;

import io.quarkus.qute.TemplateExtension;

import java.time.LocalDate;

/** How certificate values read on pages: {@code {date.printed}} gives "February 9, 2027". */
@TemplateExtension
public class CertificateFormats {

    private CertificateFormats() {
    }

    static String printed(LocalDate date) {
        return LocalDates.printed(date);
    }

    /** The CSS class of a status badge: status-valid, status-expired, status-revoked. */
    static String cssClass(CertificateStatus status) {
        return "status-" + status.name().toLowerCase(java.util.Locale.ROOT);
    }
}

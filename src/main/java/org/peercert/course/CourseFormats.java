package org.peercert.course;

import io.quarkus.qute.TemplateExtension;

import java.math.BigDecimal;

/** How course values read on pages: {@code {hours.text}}, {@code {kind.label}}, {@code {format.label}}. */
@TemplateExtension
public class CourseFormats {

    private CourseFormats() {
    }

    /** 7 → "7", 1.50 → "1.5". */
    static String text(BigDecimal hours) {
        return hours == null ? "" : hours.stripTrailingZeros().toPlainString();
    }

    static String label(CourseKind kind) {
        return switch (kind) {
            case CERTIFICATION -> "Certification training";
            case SPECIALTY -> "Specialty training";
            case CONTINUING_EDUCATION -> "Continuing education";
        };
    }

    static String label(DeliveryFormat format) {
        return switch (format) {
            case IN_PERSON -> "In person";
            case LIVE_VIDEO -> "Live video (two-way)";
            case SELF_PACED -> "Self-paced online";
        };
    }
}

package org.peercert.exam;

import io.quarkus.qute.TemplateExtension;

import java.math.BigDecimal;

/** Exam figures on pages: {@code {score.percent}} gives "83.33" or "80", {@code {m.multiplier}} "1.5". */
@TemplateExtension
public class ExamFormats {

    private ExamFormats() {
    }

    static String percent(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    static String multiplier(BigDecimal value) {
        return value == null ? "1" : value.stripTrailingZeros().toPlainString();
    }
}

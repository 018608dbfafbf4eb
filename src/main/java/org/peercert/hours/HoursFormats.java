package org.peercert.hours;

import io.quarkus.qute.TemplateExtension;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Clock minutes as credit hours on pages: {@code {minutes.hoursOf(60)}} gives "2.5". */
@TemplateExtension
public class HoursFormats {

    private HoursFormats() {
    }

    static String hoursOf(int minutes, int hourMinutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(hourMinutes), 2, RoundingMode.DOWN)
                .stripTrailingZeros().toPlainString();
    }

    /** Credit hours as written: {@code {hours.plain}} gives "1.5", never "1.50" or "1.5E+1". */
    static String plain(BigDecimal hours) {
        return hours == null ? "" : hours.stripTrailingZeros().toPlainString();
    }
}

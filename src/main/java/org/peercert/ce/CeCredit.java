package org.peercert.ce;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Hours that count toward a CE year: a PeerCert continuing-education course completed, or an
 * approved claim of CE done elsewhere.
 *
 * @param source    {@code peercert-course} or {@code outside-ce}
 * @param reference the course id, or the claim number
 */
public record CeCredit(String source, String reference, String title, BigDecimal hours, LocalDate completedOn) {

    public static final String PEERCERT_COURSE = "peercert-course";
    public static final String OUTSIDE_CE = "outside-ce";
}

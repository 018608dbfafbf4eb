package org.peercert.exam;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The server's clock as exam records keep it: to the microsecond, as MariaDB's TIMESTAMP(6) stores it. */
final class ExamTime {

    private ExamTime() {
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}

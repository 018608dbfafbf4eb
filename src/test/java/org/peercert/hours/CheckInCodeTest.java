package org.peercert.hours;

import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;
import org.peercert.config.LmsConfig;

import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rotating code: six digits, a new one each period, the previous one accepted for one more. */
class CheckInCodeTest {

    private static final Instant T = Instant.parse("2026-11-20T15:00:10Z");

    private final CheckInCode codes = new CheckInCode(config());

    @Test
    void aCodeIsSixDigitsAndChangesEachPeriod() {
        String now = codes.current(7, T).code();
        assertTrue(now.matches("\\d{6}"), now);
        assertNotEquals(now, codes.current(7, T.plusSeconds(45)).code());
        assertEquals(now, codes.current(7, T.plusSeconds(20)).code(), "same period, same code");
        assertEquals(T.plusSeconds(35), codes.current(7, T).changesAt(), "periods start on multiples of 45 s");
    }

    @Test
    void thePreviousCodeStillWorksForOnePeriodOnly() {
        String shown = codes.current(7, T).code();
        assertTrue(codes.accepts(7, shown, T.plusSeconds(45)));
        assertFalse(codes.accepts(7, shown, T.plusSeconds(90)));
    }

    @Test
    void eachSessionHasItsOwnCode() {
        assertNotEquals(codes.current(7, T).code(), codes.current(8, T).code());
        assertFalse(codes.accepts(8, codes.current(7, T).code(), T));
        assertFalse(codes.accepts(7, null, T));
        assertFalse(codes.accepts(7, "12345x", T));
    }

    private static LmsConfig config() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(LmsConfig.class)
                .withDefaultValues(Map.of("lms.check-in.secret", "unit-test-secret",
                        "lms.identity-realm-url", "http://localhost:8180/realms/peercert"))
                .build();
        return config.getConfigMapping(LmsConfig.class);
    }
}

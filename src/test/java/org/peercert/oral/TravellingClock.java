package org.peercert.oral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.time.Duration;
import java.time.Instant;

/**
 * The real clock, which a test can move forward to the day of an exam (to score it, or mark a
 * no-show) instead of waiting for it. Enabled only by {@link OralTestProfile}; every test that
 * moves it puts it back.
 */
@Alternative
@ApplicationScoped
public class TravellingClock extends OralClock {

    private volatile Duration ahead = Duration.ZERO;

    @Override
    public Instant now() {
        return Instant.now().plus(ahead);
    }

    public void travel(Duration by) {
        ahead = ahead.plus(by);
    }

    public void comeBack() {
        ahead = Duration.ZERO;
    }
}

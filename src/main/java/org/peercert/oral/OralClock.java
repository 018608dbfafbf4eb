package org.peercert.oral;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/**
 * The time the oral-exam rules are judged at: whether a slot is still ahead, inside its
 * no-change window, or has started (for scores and no-shows). One place, so that a test can
 * move to the day of an exam without waiting for it.
 */
@ApplicationScoped
public class OralClock {

    public Instant now() {
        return Instant.now();
    }
}

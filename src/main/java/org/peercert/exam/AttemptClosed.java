package org.peercert.exam;

import org.peercert.web.UserFacingException;

/**
 * An answer for an attempt that is over (submitted, or past its deadline and grace): refused with
 * 409, while whatever the refusal led to (finalising at the deadline) is kept.
 */
public class AttemptClosed extends UserFacingException {

    public AttemptClosed(String message) {
        super(409, message);
    }
}

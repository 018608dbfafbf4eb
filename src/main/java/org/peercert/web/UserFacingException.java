package org.peercert.web;

import jakarta.ws.rs.WebApplicationException;

/**
 * A refusal whose message is written for the user (what is wrong and how to fix it), so the
 * error mapper shows it as the detail instead of a generic sentence.
 */
public class UserFacingException extends WebApplicationException {

    public UserFacingException(int status, String message) {
        super(message, status);
    }

    /** With a header the answer must carry, such as Retry-After on a 429. */
    public UserFacingException(int status, String message, String header, String value) {
        super(message, jakarta.ws.rs.core.Response.status(status).header(header, value).build());
    }
}

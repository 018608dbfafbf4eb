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
}

package org.peercert.web;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An API error as RFC 9457 problem details. {@code errors} names each rejected field, so a client
 * can show the message beside the right input.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One rejected field: where it is and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}

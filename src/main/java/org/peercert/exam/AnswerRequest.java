package org.peercert.exam;

import java.util.List;
import java.util.Map;

/**
 * One answer as the API takes it: the opaque question id, and {@code choices} (option ids),
 * {@code text} or {@code matches} (left id to right id) as the question asks.
 */
public record AnswerRequest(String questionId, List<String> choices, String text, Map<String, String> matches) {

    public Answer answer() {
        return new Answer(choices, text, matches);
    }
}

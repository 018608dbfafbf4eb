package org.peercert.exam;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An answer to one drawn question, in the draw's opaque ids: {@code choices} for single,
 * multiple and true/false questions, {@code text} for a short answer, {@code matches} (left id to
 * right id) for matching. An empty answer clears the question.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Answer(List<String> choices, String text, Map<String, String> matches) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static final Answer NONE = new Answer(List.of(), null, Map.of());

    /** Normalised, so that two answers that say the same are equal: no blank text, no empty pairing. */
    public Answer {
        choices = choices == null ? List.of() : choices.stream().filter(c -> c != null && !c.isEmpty()).distinct().toList();
        text = text == null || text.isBlank() ? null : text;
        TreeMap<String, String> paired = new TreeMap<>();
        if (matches != null) {
            matches.forEach((left, right) -> {
                if (left != null && right != null && !right.isEmpty()) {
                    paired.put(left, right);
                }
            });
        }
        matches = paired;
    }

    @JsonIgnore
    public boolean isEmpty() {
        return choices.isEmpty() && text == null && matches.isEmpty();
    }

    /** Whether the trainee chose this option: for the page's checked boxes. */
    public boolean has(String choiceId) {
        return choices.contains(choiceId);
    }

    /** The right-hand choice matched with a left one, or "". */
    public String matchOf(String leftId) {
        return matches.getOrDefault(leftId, "");
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Answer fromJson(String json) {
        try {
            return JSON.readValue(json, Answer.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored answer could not be read", e);
        }
    }
}

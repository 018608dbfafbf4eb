package org.peercert.exam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;
import java.util.Optional;

/**
 * The questions an attempt drew, in the order shown, each with opaque ids for itself and its
 * choices and the bank question behind it (keys included). Stored with the attempt; only
 * {@link AttemptView} decides what of it a browser sees.
 */
public record Draw(List<Item> items) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * One drawn question. {@code options} are the choices in the order shown (for true/false: true,
     * false); {@code lefts} and {@code rights} the two sides of a matching question.
     */
    public record Item(String key, int position, Question question, List<Choice> options, List<Choice> lefts,
                       List<Choice> rights) {

        public Optional<Choice> option(String id) {
            return find(options, id);
        }

        public Optional<Choice> left(String id) {
            return find(lefts, id);
        }

        public Optional<Choice> right(String id) {
            return find(rights, id);
        }

        private static Optional<Choice> find(List<Choice> choices, String id) {
            return choices.stream().filter(c -> c.id().equals(id)).findFirst();
        }
    }

    /**
     * A choice as shown: its opaque id, its place in the bank question (option number, pair
     * number, or for true/false 1 = true and 0 = false) and its text.
     */
    public record Choice(String id, int index, String text) {
    }

    public Optional<Item> item(String key) {
        return items.stream().filter(i -> i.key().equals(key)).findFirst();
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A draw could not be written as JSON", e);
        }
    }

    public static Draw fromJson(String json) {
        try {
            return JSON.readValue(json, Draw.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored draw could not be read", e);
        }
    }
}

package org.peercert.exam;

import jakarta.ws.rs.core.MultivaluedMap;
import org.peercert.web.UserFacingException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers as the exam page's form posts them: {@code q.<question>} with option ids (repeated for
 * several) or the typed text, and {@code q.<question>.<left>} with a right id for each left of a
 * matching question. The ids are base64url, which never holds a dot.
 */
final class FormAnswers {

    private FormAnswers() {
    }

    /** Every question's answer in the form; a form field naming a question the draw lacks is refused. */
    static Map<String, Answer> all(Draw draw, MultivaluedMap<String, String> form) {
        for (String field : form.keySet()) {
            if (field.startsWith("q.") && draw.item(field.substring(2).split("\\.", 2)[0]).isEmpty()) {
                throw new UserFacingException(422, "The form names a question that is not part of this attempt ("
                        + field + "). Reload the exam page and answer again.");
            }
        }
        Map<String, Answer> answers = new HashMap<>();
        for (Draw.Item item : draw.items()) {
            answers.put(item.key(), one(item, form));
        }
        return answers;
    }

    static Answer one(Draw.Item item, MultivaluedMap<String, String> form) {
        String field = "q." + item.key();
        return switch (item.question().type()) {
            case SINGLE, MULTIPLE, TRUE_FALSE -> new Answer(form.getOrDefault(field, List.of()), null, null);
            case SHORT_ANSWER -> new Answer(null, form.getFirst(field), null);
            case MATCHING -> {
                Map<String, String> matches = new HashMap<>();
                for (Draw.Choice left : item.lefts()) {
                    String right = form.getFirst(field + "." + left.id());
                    matches.put(left.id(), right == null ? "" : right);
                }
                yield new Answer(null, null, matches);
            }
        };
    }
}

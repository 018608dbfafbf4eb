package org.peercert.exam;

import org.peercert.web.UserFacingException;

import java.util.ArrayList;
import java.util.List;

/**
 * What an answer may say about a drawn question (only its own ids, one choice where one is
 * asked), and the translation of a valid answer into the bank's terms that {@link Grading}
 * marks: option numbers, "true"/"false", the chosen right-hand text per pair, the typed text.
 */
final class AnswerRules {

    static final int MAX_TEXT = 500;

    private AnswerRules() {
    }

    /** Refuses (422) an answer that names ids this question does not have. */
    static void check(Draw.Item item, Answer answer) {
        String which = "question " + item.key();
        for (String id : answer.choices()) {
            if (item.option(id).isEmpty()) {
                throw refused("\"" + id + "\" is not an option of " + which + ". Reload the exam page and answer again.");
            }
        }
        QuestionType type = item.question().type();
        if ((type == QuestionType.SINGLE || type == QuestionType.TRUE_FALSE) && answer.choices().size() > 1) {
            throw refused(which + " takes one choice; " + answer.choices().size() + " were sent.");
        }
        if (type != QuestionType.SHORT_ANSWER && answer.text() != null) {
            throw refused(which + " is answered by choosing, not by typing text.");
        }
        if (answer.text() != null && answer.text().length() > MAX_TEXT) {
            throw refused("The answer to " + which + " is longer than " + MAX_TEXT + " characters.");
        }
        answer.matches().forEach((left, right) -> {
            if (item.left(left).isEmpty() || item.right(right).isEmpty()) {
                throw refused("\"" + left + "\" -> \"" + right + "\" is not a pairing " + which + " offers.");
            }
        });
    }

    /** The answer as {@link Grading} reads it. */
    static List<String> inBankTerms(Draw.Item item, Answer answer) {
        return switch (item.question().type()) {
            case SINGLE, MULTIPLE -> answer.choices().stream()
                    .map(id -> String.valueOf(item.option(id).orElseThrow().index())).toList();
            case TRUE_FALSE -> answer.choices().stream()
                    .map(id -> item.option(id).orElseThrow().index() == 1 ? "true" : "false").toList();
            case SHORT_ANSWER -> answer.text() == null || answer.text().isBlank() ? List.of() : List.of(answer.text());
            case MATCHING -> matchedTexts(item, answer);
        };
    }

    /** For pair i of the bank question, the right-hand text matched with its left; "" where none. */
    private static List<String> matchedTexts(Draw.Item item, Answer answer) {
        if (answer.matches().isEmpty()) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (int pair = 0; pair < item.question().pairs().size(); pair++) {
            int index = pair;
            String left = item.lefts().stream().filter(c -> c.index() == index).findFirst().orElseThrow().id();
            texts.add(item.right(answer.matchOf(left)).map(Draw.Choice::text).orElse(""));
        }
        return texts;
    }

    private static UserFacingException refused(String message) {
        return new UserFacingException(422, message);
    }
}

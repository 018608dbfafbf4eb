package org.peercert.exam;

import java.util.List;

/**
 * What a GIFT file gave: its questions, each with the line it starts on, and what could not be
 * read, each with its line. Nothing is dropped without a problem that says so.
 */
public record GiftBank(List<Located> questions, List<Problem> problems) {

    /** A question and the file line its block starts on. */
    public record Located(Question question, int line) {
    }

    /**
     * Something the parser could not turn into a question.
     *
     * @param field the question's title, or empty
     */
    public record Problem(int line, String field, String message) {
    }
}

package org.peercert.exam;

import java.util.ArrayList;
import java.util.List;

/**
 * One question as authored in a course folder: a knowledge check in a module, or an item of a
 * written-exam or post-test bank. Which fields apply depends on the type; {@link #violations()}
 * says what is missing or contradictory.
 */
public record Question(String id, QuestionType type, String prompt, String competency, List<Option> options,
                       Boolean answer, List<Pair> pairs, List<String> accept, String explanation) {

    /** A choice of a single or multiple question. */
    public record Option(String text, Boolean correct, String feedback) {
        public boolean isCorrect() {
            return Boolean.TRUE.equals(correct);
        }
    }

    /** One left-right pair of a matching question. */
    public record Pair(String left, String right) {
    }

    /** A broken rule: the field concerned (relative to the question) and what is wrong. */
    public record Violation(String field, String message) {
    }

    /** Every rule of courses/README.md this question breaks; empty when it is well formed. */
    public List<Violation> violations() {
        List<Violation> found = new ArrayList<>();
        if (isBlank(id)) {
            found.add(new Violation("id", "is missing; every question needs an id unique in its course"));
        }
        if (type == null) {
            found.add(new Violation("type", "is missing; use single, multiple, true-false, matching or short-answer"));
            return found;
        }
        if (isBlank(prompt)) {
            found.add(new Violation("prompt", "is missing"));
        }
        switch (type) {
            case SINGLE -> choices(found, true);
            case MULTIPLE -> choices(found, false);
            case TRUE_FALSE -> {
                if (answer == null) {
                    found.add(new Violation("answer", "is missing; write answer: true or answer: false"));
                }
            }
            case MATCHING -> {
                if (pairs == null || pairs.size() < 3) {
                    found.add(new Violation("pairs", "needs at least three left-right pairs"));
                } else if (pairs.stream().anyMatch(p -> isBlank(p.left()) || isBlank(p.right()))) {
                    found.add(new Violation("pairs", "every pair needs both left and right"));
                }
            }
            case SHORT_ANSWER -> {
                if (accept == null || accept.isEmpty() || accept.stream().anyMatch(Question::isBlank)) {
                    found.add(new Violation("accept", "needs at least one accepted answer, none blank"));
                }
            }
        }
        return found;
    }

    private void choices(List<Violation> found, boolean exactlyOne) {
        if (options == null || options.size() < 2) {
            found.add(new Violation("options", "needs at least two options"));
            return;
        }
        if (options.stream().anyMatch(o -> isBlank(o.text()))) {
            found.add(new Violation("options", "every option needs a text"));
        }
        long correct = options.stream().filter(Option::isCorrect).count();
        if (exactlyOne && correct != 1) {
            found.add(new Violation("options", "a single-choice question needs exactly one correct option, found " + correct));
        } else if (!exactlyOne && correct < 1) {
            found.add(new Violation("options", "a multiple-answer question needs at least one correct option"));
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}

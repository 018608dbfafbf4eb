package org.peercert.exam;

import java.util.ArrayList;
import java.util.List;

/**
 * Answers in a bank question's own terms (what {@link Grading} reads), said in words: option
 * texts, "True"/"False", "left → right" for each pair, the typed text.
 */
final class Keys {

    private Keys() {
    }

    /** The right answer in words. */
    static List<String> of(Question q) {
        return switch (q.type()) {
            case SINGLE, MULTIPLE -> q.options().stream().filter(Question.Option::isCorrect).map(Question.Option::text).toList();
            case TRUE_FALSE -> List.of(Boolean.TRUE.equals(q.answer()) ? "True" : "False");
            case SHORT_ANSWER -> q.accept();
            case MATCHING -> q.pairs().stream().map(p -> p.left() + " → " + p.right()).toList();
        };
    }

    /** A given answer (as Grading reads it) in words. */
    static List<String> texts(Question q, List<String> given) {
        return switch (q.type()) {
            case SINGLE, MULTIPLE -> given.stream().map(i -> optionText(q, i)).toList();
            case TRUE_FALSE -> given.stream().map(v -> "true".equals(v) ? "True" : "False").toList();
            case SHORT_ANSWER -> given;
            case MATCHING -> pairs(q, given);
        };
    }

    private static String optionText(Question q, String index) {
        try {
            return q.options().get(Integer.parseInt(index)).text();
        } catch (RuntimeException e) {
            return index;
        }
    }

    private static List<String> pairs(Question q, List<String> given) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < given.size() && i < q.pairs().size(); i++) {
            texts.add(q.pairs().get(i).left() + " → " + (given.get(i).isEmpty() ? "—" : given.get(i)));
        }
        return texts;
    }
}

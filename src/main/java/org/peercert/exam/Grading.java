package org.peercert.exam;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Server-side marking of one question. Answers come as the values a form posts: option numbers
 * (from 0) for choices, "true"/"false", the chosen right-hand text per pair for matching, and the
 * typed text for short answers. Anything malformed is simply wrong, never an error.
 */
public final class Grading {

    private Grading() {
    }

    public static boolean isCorrect(Question q, List<String> given) {
        if (given == null || given.isEmpty()) {
            return false;
        }
        return switch (q.type()) {
            case SINGLE -> given.size() == 1 && chosen(q, given).equals(correct(q));
            case MULTIPLE -> chosen(q, given).equals(correct(q));
            case TRUE_FALSE -> given.size() == 1 && String.valueOf(q.answer()).equals(given.get(0));
            case MATCHING -> given.size() == q.pairs().size()
                    && IntStream.range(0, given.size()).allMatch(i -> q.pairs().get(i).right().equals(given.get(i)));
            case SHORT_ANSWER -> given.size() == 1 && q.accept().stream().map(Grading::normal).anyMatch(normal(given.get(0))::equals);
        };
    }

    private static Set<Integer> correct(Question q) {
        Set<Integer> correct = new HashSet<>();
        for (int i = 0; i < q.options().size(); i++) {
            if (q.options().get(i).isCorrect()) {
                correct.add(i);
            }
        }
        return correct;
    }

    private static Set<Integer> chosen(Question q, List<String> given) {
        Set<Integer> chosen = new HashSet<>();
        for (String value : given) {
            try {
                int index = Integer.parseInt(value.trim());
                chosen.add(index >= 0 && index < q.options().size() ? index : -1);
            } catch (NumberFormatException e) {
                chosen.add(-1);
            }
        }
        return chosen;
    }

    private static String normal(String text) {
        return text == null ? "" : text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

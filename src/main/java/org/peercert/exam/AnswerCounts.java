package org.peercert.exam;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts the answers given to one question, in the bank's terms: each option (all of them, chosen
 * or not), true and false, each typed text (normalised like the marking), each pairing.
 */
final class AnswerCounts {

    private static final int MOST_TYPED = 10;

    private AnswerCounts() {
    }

    static List<ItemAnalysis.AnswerCount> of(Question q, List<List<String>> given) {
        return switch (q.type()) {
            case SINGLE, MULTIPLE -> options(q, given);
            case TRUE_FALSE -> List.of(count("True", Boolean.TRUE.equals(q.answer()), given, "true"),
                    count("False", Boolean.FALSE.equals(q.answer()), given, "false"));
            case SHORT_ANSWER -> typed(q, given);
            case MATCHING -> pairings(q, given);
        };
    }

    private static List<ItemAnalysis.AnswerCount> options(Question q, List<List<String>> given) {
        List<ItemAnalysis.AnswerCount> counts = new ArrayList<>();
        for (int i = 0; i < q.options().size(); i++) {
            counts.add(count(q.options().get(i).text(), q.options().get(i).isCorrect(), given, String.valueOf(i)));
        }
        return counts;
    }

    private static ItemAnalysis.AnswerCount count(String label, boolean correct, List<List<String>> given, String value) {
        return new ItemAnalysis.AnswerCount(label, correct, (int) given.stream().filter(g -> g.contains(value)).count());
    }

    private static List<ItemAnalysis.AnswerCount> typed(Question q, List<List<String>> given) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        given.stream().filter(g -> !g.isEmpty()).map(g -> normal(g.get(0))).forEach(t -> counts.merge(t, 1, Integer::sum));
        List<String> accepted = q.accept().stream().map(AnswerCounts::normal).toList();
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(MOST_TYPED)
                .map(e -> new ItemAnalysis.AnswerCount(e.getKey(), accepted.contains(e.getKey()), e.getValue())).toList();
    }

    private static List<ItemAnalysis.AnswerCount> pairings(Question q, List<List<String>> given) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Boolean> right = new LinkedHashMap<>();
        for (List<String> g : given) {
            for (int i = 0; i < g.size() && i < q.pairs().size(); i++) {
                if (!g.get(i).isEmpty()) {
                    String label = q.pairs().get(i).left() + " → " + g.get(i);
                    counts.computeIfAbsent(label, k -> new int[1])[0]++;
                    right.put(label, q.pairs().get(i).right().equals(g.get(i)));
                }
            }
        }
        return counts.entrySet().stream().map(e -> new ItemAnalysis.AnswerCount(e.getKey(), right.get(e.getKey()),
                e.getValue()[0])).toList();
    }

    private static String normal(String text) {
        return text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

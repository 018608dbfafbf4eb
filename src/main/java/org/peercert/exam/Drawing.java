package org.peercert.exam;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Draws an attempt's questions from a course's bank by the blueprint (so many per competency),
 * shuffles the questions and their choices, and gives every question and choice a random id, so
 * that nothing a browser sees hints at the bank's order or the key.
 */
final class Drawing {

    private final SecureRandom random;

    Drawing(SecureRandom random) {
        this.random = random;
    }

    Draw draw(List<Question> bank, Map<String, Integer> blueprint) {
        List<Question> picked = new ArrayList<>();
        blueprint.forEach((competency, count) -> {
            List<Question> pool = new ArrayList<>(bank.stream().filter(q -> competency.equals(q.competency())).toList());
            Collections.shuffle(pool, random);
            picked.addAll(pool.subList(0, Math.min(count == null ? 0 : count, pool.size())));
        });
        Collections.shuffle(picked, random);
        List<Draw.Item> items = new ArrayList<>();
        for (int i = 0; i < picked.size(); i++) {
            items.add(item(i, picked.get(i)));
        }
        return new Draw(items);
    }

    private Draw.Item item(int position, Question q) {
        List<Draw.Choice> options = List.of();
        List<Draw.Choice> lefts = List.of();
        List<Draw.Choice> rights = List.of();
        switch (q.type()) {
            case SINGLE, MULTIPLE -> options = shuffled(IntStream.range(0, q.options().size())
                    .mapToObj(i -> new Draw.Choice(token(), i, q.options().get(i).text())).toList());
            case TRUE_FALSE -> options = List.of(new Draw.Choice(token(), 1, "True"), new Draw.Choice(token(), 0, "False"));
            case MATCHING -> {
                lefts = shuffled(IntStream.range(0, q.pairs().size())
                        .mapToObj(i -> new Draw.Choice(token(), i, q.pairs().get(i).left())).toList());
                List<String> texts = q.pairs().stream().map(Question.Pair::right).distinct().toList();
                rights = shuffled(IntStream.range(0, texts.size())
                        .mapToObj(i -> new Draw.Choice(token(), i, texts.get(i))).toList());
            }
            case SHORT_ANSWER -> {
                // typed, nothing to choose from
            }
        }
        return new Draw.Item(token(), position, q, options, lefts, rights);
    }

    private List<Draw.Choice> shuffled(List<Draw.Choice> choices) {
        List<Draw.Choice> copy = new ArrayList<>(choices);
        Collections.shuffle(copy, random);
        return List.copyOf(copy);
    }

    /** 72 random bits, URL- and HTML-safe. */
    private String token() {
        byte[] bytes = new byte[9];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

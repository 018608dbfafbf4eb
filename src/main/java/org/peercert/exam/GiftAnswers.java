package org.peercert.exam;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a GIFT answer block (the text between the braces, escapes hidden) into a question's
 * type, choices and key, the way Moodle tells them apart: empty is an essay, {@code #} starts a
 * numerical answer, {@code T}/{@code F}/{@code TRUE}/{@code FALSE} is true-false, a {@code ~}
 * makes choices, {@code =a -> b} items are matching, anything else is short answer.
 *
 * <p>Weights: {@code =} is worth 100 %, {@code ~} 0 %, {@code %n%} sets any answer's worth.
 * PeerCert marks a question right or wrong, right being what Moodle gives full marks: the one
 * 100 % choice of a single-choice question, every positive choice (and no other) of a
 * multiple-answer one, any 100 % short answer.
 */
final class GiftAnswers {

    /** A question (id, prompt and competency left for the caller), or why there is none. */
    record Read(Question question, String problem) {
    }

    private record Item(char marker, BigDecimal weight, String text, String feedback) {
    }

    private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d+(?:\\.\\d+)?)%");
    private static final Pattern TRUE_FALSE = Pattern.compile("(?i)^(T|F|TRUE|FALSE)(#.*)?$", Pattern.DOTALL);
    private static final BigDecimal FULL = BigDecimal.valueOf(100);

    private GiftAnswers() {
    }

    static Read read(String block, boolean html) {
        String explanation = null;
        int general = block.indexOf("####");
        if (general >= 0) {
            explanation = GiftText.restore(block.substring(general + 4), html);
            block = block.substring(0, general);
        }
        String answers = block.strip();
        if (answers.isEmpty()) {
            return failed("is an essay question ({}); PeerCert marks answers on the server and has no essays: rewrite it as another type");
        }
        if (answers.startsWith("#")) {
            return failed("is a numerical question ({#...}), which PeerCert does not support: rewrite it as single choice or short answer");
        }
        Matcher tf = TRUE_FALSE.matcher(answers);
        if (tf.matches()) {
            boolean value = tf.group(1).toUpperCase(Locale.ROOT).startsWith("T");
            return question(QuestionType.TRUE_FALSE, null, value, null, null, explanation);
        }
        List<Item> items = items(answers, html);
        if (answers.indexOf('~') >= 0) {
            return choices(items, explanation);
        }
        if (items.stream().anyMatch(i -> i.text().contains("->"))) {
            return matching(items, explanation);
        }
        return shortAnswer(items, explanation);
    }

    private static Read choices(List<Item> items, String explanation) {
        List<Question.Option> options = new ArrayList<>();
        long full = items.stream().filter(i -> i.weight().compareTo(FULL) == 0).count();
        BigDecimal positive = items.stream().map(Item::weight).filter(w -> w.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean single = full == 1;
        if (!single && (positive.compareTo(BigDecimal.valueOf(99)) < 0 || positive.compareTo(BigDecimal.valueOf(101)) > 0)) {
            return failed("needs one answer worth 100 % (=answer) or, for several right answers, positive weights "
                    + "(~%50%answer) that add up to 100 %; these add up to " + positive.stripTrailingZeros().toPlainString() + " %");
        }
        for (Item item : items) {
            boolean correct = single ? item.weight().compareTo(FULL) == 0 : item.weight().signum() > 0;
            options.add(new Question.Option(item.text(), correct, item.feedback()));
        }
        return question(single ? QuestionType.SINGLE : QuestionType.MULTIPLE, options, null, null, null, explanation);
    }

    private static Read matching(List<Item> items, String explanation) {
        List<Question.Pair> pairs = new ArrayList<>();
        for (Item item : items) {
            int arrow = item.text().indexOf("->");
            if (item.marker() != '=' || arrow < 0) {
                return failed("mixes matching pairs (=left -> right) with other answers; every line needs =left -> right");
            }
            pairs.add(new Question.Pair(item.text().substring(0, arrow).strip(), item.text().substring(arrow + 2).strip()));
        }
        return question(QuestionType.MATCHING, null, null, pairs, null, explanation);
    }

    private static Read shortAnswer(List<Item> items, String explanation) {
        List<String> accept = items.stream().filter(i -> i.weight().compareTo(FULL) == 0).map(Item::text).toList();
        if (accept.isEmpty()) {
            return failed("is a short answer with no answer worth 100 %: mark at least one as =answer");
        }
        return question(QuestionType.SHORT_ANSWER, null, null, null, accept, explanation);
    }

    /** The answers, each from its = or ~ to the next, with weight and #feedback. */
    private static List<Item> items(String answers, boolean html) {
        List<Item> items = new ArrayList<>();
        int start = answers.charAt(0) == '=' || answers.charAt(0) == '~' ? 0 : -1;
        if (start < 0) {
            // a lone answer written without its = sign, as Moodle allows for short answers
            answers = "=" + answers;
            start = 0;
        }
        for (int i = 1; i <= answers.length(); i++) {
            if (i == answers.length() || answers.charAt(i) == '=' || answers.charAt(i) == '~') {
                items.add(item(answers.charAt(start), answers.substring(start + 1, i), html));
                start = i;
            }
        }
        return items;
    }

    private static Item item(char marker, String raw, boolean html) {
        String text = raw.strip();
        BigDecimal weight = marker == '=' ? FULL : BigDecimal.ZERO;
        Matcher w = WEIGHT.matcher(text);
        if (w.find()) {
            weight = new BigDecimal(w.group(1));
            text = text.substring(w.end());
        }
        String feedback = null;
        int hash = text.indexOf('#');
        if (hash >= 0) {
            feedback = GiftText.restore(text.substring(hash + 1), html);
            text = text.substring(0, hash);
        }
        return new Item(marker, weight, GiftText.restore(text, html), feedback == null || feedback.isEmpty() ? null : feedback);
    }

    private static Read question(QuestionType type, List<Question.Option> options, Boolean answer, List<Question.Pair> pairs,
                                 List<String> accept, String explanation) {
        return new Read(new Question(null, type, null, null, options, answer, pairs, accept,
                explanation == null || explanation.isEmpty() ? null : explanation), null);
    }

    private static Read failed(String problem) {
        return new Read(null, problem);
    }
}

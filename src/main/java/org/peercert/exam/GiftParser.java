package org.peercert.exam;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Moodle GIFT file (the syntax of Moodle's "GIFT format" documentation): questions
 * separated by blank lines; {@code //} comment lines; {@code ::title::}; {@code $CATEGORY:}
 * lines; {@code [html]}, {@code [moodle]}, {@code [plain]} and {@code [markdown]} text formats;
 * backslash escapes; the answer block in braces, anywhere in the text (missing word).
 *
 * <p>PeerCert's reading, documented in courses/README.md: the last part of the latest
 * {@code $CATEGORY} path is the question's competency; the id is the file's name without
 * {@code .gift}, a slash and the title (or, untitled, the first 8 hex digits of a SHA-256 of the
 * question's text and answers).
 * Numerical, essay and description items are reported, never dropped silently.
 */
public final class GiftParser {

    private static final Pattern FORMAT = Pattern.compile("^\\[(html|moodle|plain|markdown)\\]\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern CATEGORY = Pattern.compile("^\\$CATEGORY:\\s*(.*)$");

    private final String idPrefix;
    private final List<GiftBank.Located> questions = new ArrayList<>();
    private final List<GiftBank.Problem> problems = new ArrayList<>();
    private String competency;

    private GiftParser(String idPrefix) {
        this.idPrefix = idPrefix;
    }

    /** @param idPrefix the file's name without {@code .gift}, which starts every question id */
    public static GiftBank parse(String text, String idPrefix) {
        GiftParser parser = new GiftParser(idPrefix);
        parser.blocks(text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n'));
        return new GiftBank(List.copyOf(parser.questions), List.copyOf(parser.problems));
    }

    /** Splits at blank lines, leaving out comment lines, and reads each block. */
    private void blocks(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder block = new StringBuilder();
        int start = 0;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            if (line.strip().startsWith("//")) {
                continue;
            }
            if (line.isBlank()) {
                if (!block.isEmpty()) {
                    block(block.toString(), start);
                    block.setLength(0);
                }
                continue;
            }
            if (block.isEmpty()) {
                start = i + 1;
            }
            block.append(line).append('\n');
        }
    }

    private void block(String text, int line) {
        String rest = text.strip();
        Matcher category = CATEGORY.matcher(rest.lines().findFirst().orElse(""));
        if (category.matches()) {
            String path = category.group(1).strip();
            competency = path.substring(path.lastIndexOf('/') + 1).strip();
            rest = rest.lines().skip(1).reduce("", (a, b) -> a + b + "\n").strip();
            line++;
            if (rest.isEmpty()) {
                return;
            }
        }
        question(GiftText.hideEscapes(rest), line);
    }

    private void question(String text, int line) {
        String title = "";
        if (text.startsWith("::") && text.indexOf("::", 2) > 0) {
            title = GiftText.restore(text.substring(2, text.indexOf("::", 2)), false);
            text = text.substring(text.indexOf("::", 2) + 2).strip();
        }
        Matcher format = FORMAT.matcher(text);
        boolean html = format.find() && format.group(1).equalsIgnoreCase("html");
        text = FORMAT.matcher(text).replaceFirst("");
        int open = text.indexOf('{');
        int close = open < 0 ? -1 : text.indexOf('}', open);
        if (open < 0) {
            problems.add(new GiftBank.Problem(line, title, "is a description (text without an answer in braces); "
                    + "PeerCert's banks hold questions only: remove it or add the answers"));
            return;
        }
        if (close < 0) {
            problems.add(new GiftBank.Problem(line, title, "opens an answer block with { but never closes it with }"));
            return;
        }
        String before = GiftText.restore(text.substring(0, open), html);
        String after = GiftText.restore(text.substring(close + 1), html);
        String prompt = after.isEmpty() ? before : before + " _____" + (after.matches("^[.,;:!?].*") ? "" : " ") + after;
        GiftAnswers.Read read = GiftAnswers.read(text.substring(open + 1, close), html);
        if (read.problem() != null) {
            problems.add(new GiftBank.Problem(line, title, read.problem()));
            return;
        }
        Question q = read.question();
        questions.add(new GiftBank.Located(new Question(id(title, text), q.type(), prompt, competency, q.options(),
                q.answer(), q.pairs(), q.accept(), q.explanation()), line));
    }

    /** The title, or for an untitled question a hash of its whole text (prompt and answers). */
    private String id(String title, String text) {
        if (!title.isEmpty()) {
            return idPrefix + "/" + title;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return idPrefix + "/" + HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

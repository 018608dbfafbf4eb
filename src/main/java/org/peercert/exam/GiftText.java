package org.peercert.exam;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text rules of Moodle's GIFT format: the backslash escapes of the special characters
 * {@code ~ = # { } :} (and {@code \n} for a line break), hidden behind private-use characters
 * while a question is taken apart and restored afterwards; and the {@code [html]} text format,
 * read as plain text (PeerCert shows questions as text).
 */
final class GiftText {

    private static final String SPECIAL = "~=#{}:";
    private static final char FIRST_PLACEHOLDER = '\uE000';
    private static final char BACKSLASH = '\uE010';
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</p>|</li>|</div>");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

    private GiftText() {
    }

    /** Replaces every escape by a placeholder, so the parser sees only unescaped special characters. */
    static String hideEscapes(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if (c == '\\' && next == '\\') {
                out.append(BACKSLASH);
                i++;
            } else if (c == '\\' && SPECIAL.indexOf(next) >= 0) {
                out.append((char) (FIRST_PLACEHOLDER + SPECIAL.indexOf(next)));
                i++;
            } else if (c == '\\' && next == 'n') {
                out.append('\n');
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The text as authors meant it: placeholders back to their characters, spaces tidied. */
    static String restore(String text, boolean html) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == BACKSLASH) {
                out.append('\\');
            } else if (c >= FIRST_PLACEHOLDER && c < FIRST_PLACEHOLDER + SPECIAL.length()) {
                out.append(SPECIAL.charAt(c - FIRST_PLACEHOLDER));
            } else {
                out.append(c);
            }
        }
        String restored = html ? plain(out.toString()) : out.toString();
        return restored.replaceAll("[ \\t]*\\n[ \\t]*", "\n").replaceAll("[ \\t]+", " ").trim();
    }

    /** HTML as plain text: tags dropped (breaks become line breaks), entities decoded. */
    private static String plain(String html) {
        String text = TAG.matcher(BREAK.matcher(html).replaceAll("\n")).replaceAll("");
        Matcher numeric = NUMERIC_ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (numeric.find()) {
            int code = Integer.parseInt(numeric.group(2), numeric.group(1).isEmpty() ? 10 : 16);
            numeric.appendReplacement(decoded, Matcher.quoteReplacement(new String(Character.toChars(code))));
        }
        numeric.appendTail(decoded);
        return decoded.toString().replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&apos;", "'").replace("&amp;", "&");
    }
}

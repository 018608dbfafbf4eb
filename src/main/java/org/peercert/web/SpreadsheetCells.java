package org.peercert.web;

import java.util.regex.Pattern;

/**
 * Text for a CSV cell that reviewers and admins open in a spreadsheet. A cell starting with
 * {@code = + - @}, a tab or a carriage return is a formula to Excel and LibreOffice (CSV
 * injection), and names, titles and reasons are typed by people: such text gets a leading
 * apostrophe, which spreadsheets show as text. Numbers, negative ones included, stay as they are.
 */
public final class SpreadsheetCells {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private SpreadsheetCells() {
    }

    public static Object text(Object value) {
        if (!(value instanceof CharSequence chars) || chars.isEmpty()) {
            return value;
        }
        String text = chars.toString();
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula && !NUMBER.matcher(text).matches() ? "'" + text : text;
    }

    public static Object[] row(Object... values) {
        Object[] cells = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = text(values[i]);
        }
        return cells;
    }
}

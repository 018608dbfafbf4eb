package org.peercert.reviewer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.peercert.web.SpreadsheetCells;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Rows of a record section as CSV (RFC 4180, quoted by Commons CSV): one column per field, named
 * as in the JSON; times in UTC ISO-8601; a list joined with "; ". A section without rows still
 * has its header, so a reader sees that nothing is there rather than a missing file.
 */
final class RecordCsv {

    private RecordCsv() {
    }

    static String of(Class<? extends Record> type, List<? extends Record> rows) {
        RecordComponent[] fields = type.getRecordComponents();
        String[] header = new String[fields.length];
        for (int i = 0; i < fields.length; i++) {
            header[i] = snake(fields[i].getName());
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get())) {
            for (Record row : rows) {
                List<Object> values = new ArrayList<>(fields.length);
                for (RecordComponent field : fields) {
                    values.add(SpreadsheetCells.text(text(field.getAccessor().invoke(row))));
                }
                csv.printRecord(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static Object text(Object value) {
        if (value instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining("; "));
        }
        return value;
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}

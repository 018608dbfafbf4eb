package org.peercert.hours;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.peercert.web.SpreadsheetCells;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;

/** A transcript as CSV: one row per ledger line, quoted by Commons CSV (names with commas, quotes, accents). */
public final class TranscriptCsv {

    private static final String[] HEADER = {"trainee", "course", "content_version", "recorded_at_utc", "recorded_at_local",
            "source", "competency", "minutes", "credit_hours", "evidence", "reason", "corrects_line", "recorded_by", "line"};

    private TranscriptCsv() {
    }

    public static String write(Transcript t) {
        StringWriter out = new StringWriter();
        DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z").withZone(t.zone());
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (HoursEntry e : t.entries()) {
                csv.printRecord(SpreadsheetCells.row(t.legalName(), t.course().id(), t.contentVersion(), e.recordedAt.toString(),
                        local.format(e.recordedAt), e.source, t.course().competencyTitle(e.competencyId), e.minutes,
                        BigDecimal.valueOf(e.minutes).divide(BigDecimal.valueOf(t.progress().hourMinutes()), 2, RoundingMode.DOWN),
                        e.evidence, e.reason, e.correctsEntry, e.recordedByName, e.id));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}

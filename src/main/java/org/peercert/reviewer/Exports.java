package org.peercert.reviewer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.peercert.web.SpreadsheetCells;
import org.peercert.audit.AuditLog;
import org.peercert.audit.Audited;
import org.peercert.certificate.Certificate;
import org.peercert.certificate.CertificateRevocation;
import org.peercert.certificate.CertificateStatus;
import org.peercert.certificate.LocalDates;
import org.peercert.config.LmsConfig;
import org.peercert.hours.Attendance;
import org.peercert.hours.LiveSession;
import org.peercert.hours.RosterEntry;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * CSV exports for the state's systems (RFC 4180, UTF-8, quoted by Commons CSV so names with
 * commas, quotes and accents survive): the certificates issued in a period with the fields of
 * Kentucky's TRIS upload, and the live-session rosters of a period with attendance. Each export is
 * audited with its period and row count.
 */
@ApplicationScoped
@Transactional
public class Exports {

    static final String[] TRIS = {"name", "credential", "course", "completion_date", "hours", "certificate_number",
            "issue_date", "status", "provider_name", "provider_approval_number"};
    static final String[] ROSTERS = {"session_id", "course", "competency", "title", "format", "place", "starts_at",
            "ends_at", "instructor", "trainee_name", "trainee_subject", "joined_at", "left_at", "minutes_present",
            "recorded_by"};

    private final AuditLog audit;
    private final LmsConfig config;
    private final LocalDates dates;

    public Exports(AuditLog audit, LmsConfig config, LocalDates dates) {
        this.audit = audit;
        this.config = config;
        this.dates = dates;
    }

    /** The certificates issued from the period's first to its last day, oldest first. */
    public String tris(Period period) {
        List<Certificate> issued = Certificate.list("issuedOn >= ?1 and issuedOn <= ?2 order by issuedOn, id",
                period.from(), period.to());
        String csv = csv(TRIS, printer -> {
            for (Certificate c : issued) {
                CertificateStatus status = CertificateStatus.of(c, CertificateRevocation.of(c.id).orElse(null), dates.today());
                printer.printRecord(SpreadsheetCells.row(c.legalName, c.credential, c.courseTitle, c.completedOn,
                        c.creditHours.stripTrailingZeros().toPlainString(), c.formattedNumber(), c.issuedOn,
                        status.name().toLowerCase(Locale.ROOT), config.provider().name(), config.provider().approvalNumber()));
            }
        });
        audit.record(Audited.of("reviewer.export.tris").with("from", period.from().toString())
                .with("to", period.to().toString()).with("rows", issued.size()));
        return csv;
    }

    /** Every live session starting in the period: a row per attendance, and one for each absent trainee. */
    public String rosters(Period period) {
        ZoneId zone = config.timeZone();
        List<LiveSession> sessions = LiveSession.list("startsAt >= ?1 and startsAt < ?2 order by startsAt, id",
                period.start(zone), period.end(zone));
        int[] rows = {0};
        String csv = csv(ROSTERS, printer -> {
            for (LiveSession s : sessions) {
                List<Attendance> present = Attendance.of(s.id);
                for (RosterEntry r : RosterEntry.of(s.id)) {
                    List<Attendance> own = present.stream().filter(a -> a.traineeSubject.equals(r.traineeSubject)).toList();
                    if (own.isEmpty()) {
                        printer.printRecord(session(s, zone, r, null, null, null, null));
                        rows[0]++;
                    }
                    for (Attendance a : own) {
                        printer.printRecord(session(s, zone, r, time(a.joinedAt, zone), time(a.leftAt, zone),
                                minutesPresent(s, a), a.recordedByName));
                        rows[0]++;
                    }
                }
            }
        });
        audit.record(Audited.of("reviewer.export.rosters").with("from", period.from().toString())
                .with("to", period.to().toString()).with("sessions", sessions.size()).with("rows", rows[0]));
        return csv;
    }

    private static Object[] session(LiveSession s, ZoneId zone, RosterEntry r, String joined, String left, Long minutes,
                                    String recordedBy) {
        return SpreadsheetCells.row(s.id, s.courseId, s.competencyId, s.title, s.format,
                s.location != null ? s.location : s.videoLink, time(s.startsAt, zone), time(s.endsAt, zone),
                s.instructorName, r.legalName, r.traineeSubject, joined, left, minutes, recordedBy);
    }

    /** Minutes of this join and leave inside the scheduled window (the ledger credits overlaps once). */
    private static long minutesPresent(LiveSession s, Attendance a) {
        Instant from = a.joinedAt.isAfter(s.startsAt) ? a.joinedAt : s.startsAt;
        Instant to = a.leftAt.isBefore(s.endsAt) ? a.leftAt : s.endsAt;
        return to.isAfter(from) ? Duration.between(from, to).toMinutes() : 0;
    }

    private static String time(Instant instant, ZoneId zone) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }

    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private static String csv(String[] header, Rows rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get())) {
            rows.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}

package org.peercert.reviewer;

import org.peercert.config.LmsConfig;
import org.peercert.reviewer.TraineeRecord.ActivitySpanRow;
import org.peercert.reviewer.TraineeRecord.AttendanceRow;
import org.peercert.reviewer.TraineeRecord.CertificateRow;
import org.peercert.reviewer.TraineeRecord.EnrolmentRow;
import org.peercert.reviewer.TraineeRecord.ExamAttemptRow;
import org.peercert.reviewer.TraineeRecord.HoursRow;
import org.peercert.reviewer.TraineeRecord.OralScoreRow;
import org.peercert.web.TextPdf;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The packet's summary.pdf: who, for whom, then each section of the record in short; the CSV and
 * JSON files beside it hold every field.
 */
final class PacketSummaryPdf {

    private final TextPdf pdf = new TextPdf();
    private final DateTimeFormatter local;

    private PacketSummaryPdf(LmsConfig config) {
        local = DateTimeFormatter.ofPattern("MMM d, yyyy h:mm a z", Locale.US).withZone(config.timeZone());
    }

    static byte[] write(TraineeRecord record, EvidencePackets.Request request, LmsConfig config) {
        PacketSummaryPdf summary = new PacketSummaryPdf(config);
        summary.head(record, request, config);
        summary.training(record);
        summary.results(record);
        return summary.pdf.finish("Evidence packet: " + record.legalName());
    }

    private void head(TraineeRecord r, EvidencePackets.Request request, LmsConfig config) {
        pdf.line(true, 16, "Evidence packet");
        pdf.line(false, 12, r.legalName() + " (subject " + r.traineeSubject() + ")");
        pdf.line(false, 9, config.provider().name() + ", approval number " + config.provider().approvalNumber());
        pdf.line(false, 9, "Produced " + time(request.producedAt()) + " for " + request.producedBy());
        pdf.line(false, 9, "Check every file of the packet with: " + EvidencePackets.CHECK);
    }

    private void training(TraineeRecord r) {
        heading("Enrolments (" + r.enrolments().size() + ")");
        for (EnrolmentRow e : r.enrolments()) {
            text(e.courseTitle() + " (" + e.courseId() + "), content version " + e.contentVersion() + ", enrolled "
                    + time(e.enrolledAt()) + " by " + e.enrolledByName());
        }
        heading("Hours ledger (" + r.hours().size() + " lines)");
        for (HoursRow h : r.hours()) {
            text("#" + h.id() + " " + h.courseId() + " · " + h.competencyId() + " · " + h.source() + " · " + h.minutes()
                    + " min · " + time(h.recordedAt()) + " · " + h.recordedByName() + ": " + h.evidence()
                    + (h.reason() == null ? "" : " Reason: " + h.reason()));
        }
        heading("Live-session attendance (" + r.attendance().size() + ")");
        for (AttendanceRow a : r.attendance()) {
            text(a.sessionTitle() + " (" + a.courseId() + ", " + a.format() + ", " + a.instructorName() + "): joined "
                    + time(a.joinedAt()) + ", left " + time(a.leftAt()));
        }
        heading("Self-paced activity spans (" + r.activitySpans().size() + ")");
        for (ActivitySpanRow s : r.activitySpans()) {
            text(s.courseId() + " / " + s.moduleSlug() + ": " + time(s.startedAt()) + " to " + time(s.endedAt()) + ", "
                    + s.beats() + " reports, " + s.creditedSeconds() + " s credited");
        }
    }

    private void results(TraineeRecord r) {
        heading("Written exams and post-tests (" + r.examAttempts().size() + " attempts)");
        for (ExamAttemptRow a : r.examAttempts()) {
            text(a.courseId() + " " + a.examKind() + " attempt " + a.attemptNumber() + ", started " + time(a.startedAt())
                    + (a.finalisedAt() == null ? ", not ended" : ": " + a.scorePercent() + " % (pass " + a.passPercent()
                    + " %), " + (Boolean.TRUE.equals(a.passed()) ? "passed" : "not passed") + "; " + a.byCompetency()));
        }
        heading("Oral exam rubric scores (" + r.oralScores().size() + ")");
        for (OralScoreRow s : r.oralScores()) {
            text(s.courseId() + ", exam " + time(s.examStartsAt()) + ", examiner " + s.examinerName() + ": " + s.total()
                    + "/" + s.maxTotal() + (s.passed() ? " passed" : " not passed") + "; " + s.points()
                    + (s.reason() == null ? "" : " Correction: " + s.reason()));
        }
        heading("Certificates (" + r.certificates().size() + ")");
        for (CertificateRow c : r.certificates()) {
            text(c.number() + " · " + c.courseTitle() + " · issued " + c.issuedOn() + " · " + c.status() + " · SHA-256 "
                    + c.sha256() + (c.revokedAt() == null ? "" : " · revoked " + time(c.revokedAt()) + " by "
                    + c.revokedByName() + ": " + c.revocationReason()));
        }
    }

    private void heading(String text) {
        pdf.gap();
        pdf.line(true, 11, text);
    }

    private void text(String text) {
        pdf.wrapped(9, text, "");
    }

    private String time(Instant instant) {
        return instant == null ? "-" : local.format(instant);
    }
}

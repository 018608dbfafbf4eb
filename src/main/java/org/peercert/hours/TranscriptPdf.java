package org.peercert.hours;

import org.peercert.web.TextPdf;

import java.time.format.DateTimeFormatter;

/**
 * A transcript as a PDF (Letter, embedded DejaVu fonts so every name prints): the trainee, the
 * course and its content version, hours by competency, then every ledger line with its evidence.
 */
public final class TranscriptPdf {

    private TranscriptPdf() {
    }

    public static byte[] write(Transcript t) {
        TextPdf pdf = new TextPdf();
        DateTimeFormatter local = DateTimeFormatter.ofPattern("MMM d, yyyy h:mm a z").withZone(t.zone());
        pdf.line(true, 16, "Training transcript");
        pdf.line(false, 11, t.legalName());
        pdf.line(false, 10, t.course().title() + " (" + t.course().settings().credential() + ")");
        pdf.line(false, 9, "Content version " + t.contentVersion() + " · " + t.provider() + " · produced " + local.format(t.produced()));
        pdf.gap();
        pdf.line(true, 11, "Hours by competency (an hour counts " + t.progress().hourMinutes() + " minutes)");
        for (Progress.CompetencyProgress c : t.progress().competencies()) {
            pdf.line(false, 10, c.title() + ": " + hours(c.countedMinutes(), t) + " of " + hours(c.requiredMinutes(), t) + " h");
        }
        pdf.line(true, 10, "Total: " + hours(t.progress().countedMinutes(), t) + " of " + hours(t.progress().requiredMinutes(), t)
                + " h" + (t.progress().complete() ? " (complete)" : ""));
        pdf.gap();
        pdf.line(true, 11, "Every line of the record");
        for (HoursEntry e : t.entries()) {
            pdf.line(true, 9, "#" + e.id + " · " + local.format(e.recordedAt) + " · " + e.source + " · "
                    + t.course().competencyTitle(e.competencyId) + " · " + e.minutes + " min · " + e.recordedByName);
            pdf.wrapped(9, e.evidence + (e.reason == null ? "" : " Reason: " + e.reason), "  ");
        }
        return pdf.finish("Training transcript: " + t.legalName() + ", " + t.course().title());
    }

    private static String hours(int minutes, Transcript t) {
        return HoursFormats.hoursOf(minutes, t.progress().hourMinutes());
    }
}

package org.peercert.reviewer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything behind a trainee's credentials, as a reviewer reads it: each section is a list of
 * flat rows, so the page, the JSON, the CSV files of the evidence packet and its summary all say
 * the same thing. Rows copy the stored records; nothing here is computed that the records do not hold,
 * except a certificate's status today and the grouping of heartbeats into activity spans.
 */
public record TraineeRecord(String traineeSubject, String legalName, List<EnrolmentRow> enrolments,
                            List<HoursRow> hours, List<AttendanceRow> attendance, List<ActivitySpanRow> activitySpans,
                            List<ExamAttemptRow> examAttempts, List<OralScoreRow> oralScores,
                            List<CertificateRow> certificates) {

    /** An enrolment, pinned to the content version the trainee started. */
    public record EnrolmentRow(long id, String courseId, String courseTitle, String contentVersion, String legalName,
                               Instant enrolledAt, String enrolledByName, Long requestId) {
    }

    /** One ledger line with its evidence; a correction (source adjustment) carries its reason and who made it. */
    public record HoursRow(long id, String courseId, String competencyId, String source, int minutes,
                           Long liveSessionId, String moduleSlug, String evidence, String reason, Long correctsEntry,
                           String recordedBy, String recordedByName, Instant recordedAt) {
        public boolean correction() {
            return "adjustment".equals(source);
        }
    }

    /** A join and leave in a live session, with the session it belongs to. */
    public record AttendanceRow(long id, long sessionId, String courseId, String sessionTitle, String competencyId,
                                String format, Instant sessionStartsAt, Instant sessionEndsAt, String instructorName,
                                Instant joinedAt, Instant leftAt, String recordedByName, Instant recordedAt) {
    }

    /** Consecutive accepted heartbeats on one module, and the seconds the server credited for them. */
    public record ActivitySpanRow(String courseId, String moduleSlug, Instant startedAt, Instant endedAt, int beats,
                                  long creditedSeconds) {
    }

    /** One sitting of a written exam or post-test and, once ended, its score by competency. */
    public record ExamAttemptRow(long id, String courseId, String examKind, int attemptNumber, String contentVersion,
                                 Instant startedAt, Instant deadline, Instant finalisedAt, String endedBy,
                                 Integer correct, Integer questions, BigDecimal scorePercent, int passPercent,
                                 Boolean passed, List<CompetencyScore> byCompetency) {
    }

    /** A competency's share of an exam result. */
    public record CompetencyScore(String competencyId, String title, int correct, int questions, int percent) {
        @Override
        public String toString() {
            return title + " " + correct + "/" + questions + " (" + percent + "%)";
        }
    }

    /** One examiner's scored rubric, or a correction of one (with its reason). */
    public record OralScoreRow(long id, long bookingId, String courseId, Instant examStartsAt, String examinerSubject,
                               String examinerName, List<String> panel, int total, int maxTotal, boolean passed,
                               List<String> points, String feedback, Long correctsScore, String reason,
                               String contentVersion, Instant submittedAt) {
    }

    /** A certificate as stored, its status today and its revocation, if any. */
    public record CertificateRow(long id, String number, String courseId, String courseTitle, String credential,
                                 String legalName, BigDecimal creditHours, LocalDate completedOn, LocalDate issuedOn,
                                 LocalDate expiresOn, String status, String sha256, String issuedByName, Instant issuedAt,
                                 Instant revokedAt, String revokedByName, String revocationReason) {
    }

    /** How many records the packet holds: what decides whether it is built in the background. */
    public int size() {
        return Stream.of(enrolments, hours, attendance, activitySpans, examAttempts, oralScores, certificates)
                .mapToInt(List::size).sum();
    }

    public List<HoursRow> corrections() {
        return hours.stream().filter(HoursRow::correction).toList();
    }
}

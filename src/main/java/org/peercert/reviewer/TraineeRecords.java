package org.peercert.reviewer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.peercert.certificate.Certificate;
import org.peercert.certificate.CertificateRevocation;
import org.peercert.certificate.CertificateStatus;
import org.peercert.certificate.LocalDates;
import org.peercert.config.LmsConfig;
import org.peercert.course.Course;
import org.peercert.course.CourseCatalog;
import org.peercert.exam.ExamAttempt;
import org.peercert.exam.ExamSubmission;
import org.peercert.exam.Results;
import org.peercert.hours.ActivityBeat;
import org.peercert.hours.Attendance;
import org.peercert.hours.HoursEntry;
import org.peercert.hours.LiveSession;
import org.peercert.oral.OralBooking;
import org.peercert.oral.OralExaminer;
import org.peercert.oral.OralScore;
import org.peercert.oral.OralSlot;
import org.peercert.oral.ScorePoint;
import org.peercert.reviewer.TraineeRecord.AttendanceRow;
import org.peercert.reviewer.TraineeRecord.CertificateRow;
import org.peercert.reviewer.TraineeRecord.CompetencyScore;
import org.peercert.reviewer.TraineeRecord.EnrolmentRow;
import org.peercert.reviewer.TraineeRecord.ExamAttemptRow;
import org.peercert.reviewer.TraineeRecord.HoursRow;
import org.peercert.reviewer.TraineeRecord.OralScoreRow;
import org.peercert.trainee.Enrolment;
import org.peercert.web.UserFacingException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a trainee's whole record from the stored evidence, for the reviewer's page, API and packet. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TraineeRecords {

    private final CourseCatalog catalog;
    private final Results results;
    private final LocalDates dates;
    private final LmsConfig config;

    public TraineeRecords(CourseCatalog catalog, Results results, LocalDates dates, LmsConfig config) {
        this.catalog = catalog;
        this.results = results;
        this.dates = dates;
        this.config = config;
    }

    /** The record; 404 when PeerCert holds nothing about this subject. */
    public TraineeRecord of(String subject) {
        List<Enrolment> enrolments = Enrolment.ofTrainee(subject);
        List<Certificate> certificates = Certificate.ofTrainee(subject);
        List<HoursEntry> hours = HoursEntry.list("traineeSubject = ?1 order by courseId, recordedAt, id", subject);
        if (enrolments.isEmpty() && certificates.isEmpty() && hours.isEmpty()) {
            throw new UserFacingException(404, "PeerCert holds no training record for " + subject + ".");
        }
        String name = !certificates.isEmpty() ? certificates.get(0).legalName
                : !enrolments.isEmpty() ? enrolments.get(enrolments.size() - 1).legalName : subject;
        return new TraineeRecord(subject, name, enrolments.stream().map(this::enrolment).toList(),
                hours.stream().map(TraineeRecords::line).toList(), attendance(subject),
                ActivitySpans.of(ActivityBeat.list("traineeSubject = ?1 order by courseId, moduleSlug, receivedAt, id", subject),
                        config.seatTime().maxGap()),
                attempts(subject), oralScores(subject), certificates.stream().map(this::certificate).toList());
    }

    private EnrolmentRow enrolment(Enrolment e) {
        return new EnrolmentRow(e.id, e.courseId, title(e.courseId), e.contentVersion, e.legalName, e.enrolledAt,
                e.enrolledByName, e.requestId);
    }

    private static HoursRow line(HoursEntry e) {
        return new HoursRow(e.id, e.courseId, e.competencyId, e.source, e.minutes, e.liveSessionId, e.moduleSlug, e.evidence,
                e.reason, e.correctsEntry, e.recordedBy, e.recordedByName, e.recordedAt);
    }

    private static List<AttendanceRow> attendance(String subject) {
        List<AttendanceRow> rows = new ArrayList<>();
        for (Attendance a : Attendance.<Attendance>list("traineeSubject = ?1 order by joinedAt, id", subject)) {
            LiveSession s = LiveSession.findById(a.sessionId);
            rows.add(new AttendanceRow(a.id, a.sessionId, s.courseId, s.title, s.competencyId, s.format, s.startsAt, s.endsAt,
                    s.instructorName, a.joinedAt, a.leftAt, a.recordedByName, a.recordedAt));
        }
        return rows;
    }

    private List<ExamAttemptRow> attempts(String subject) {
        List<ExamAttemptRow> rows = new ArrayList<>();
        for (ExamAttempt a : ExamAttempt.<ExamAttempt>list("traineeSubject = ?1 order by courseId, attemptNumber", subject)) {
            Optional<ExamSubmission> end = ExamSubmission.of(a.id);
            List<CompetencyScore> by = end.map(s -> results.of(a, s, false).byCompetency().stream()
                    .map(c -> new CompetencyScore(c.competencyId(), c.title(), c.correct(), c.questions(), c.percent())).toList())
                    .orElse(List.of());
            rows.add(new ExamAttemptRow(a.id, a.courseId, a.examKind, a.attemptNumber, a.contentVersion, a.startedAt,
                    a.deadline, end.map(s -> s.finalisedAt).orElse(null), end.map(s -> s.how).orElse(null),
                    end.map(s -> s.correct).orElse(null), end.map(s -> s.questions).orElse(null),
                    end.map(s -> s.scorePercent).orElse(null), a.passPercent, end.map(s -> s.passed).orElse(null), by));
        }
        return rows;
    }

    private List<OralScoreRow> oralScores(String subject) {
        List<OralScoreRow> rows = new ArrayList<>();
        for (OralBooking b : OralBooking.<OralBooking>list("traineeSubject = ?1 order by id", subject)) {
            OralSlot slot = b.slot();
            List<String> panel = OralExaminer.of(b.slotId).stream().map(x -> x.examinerName).toList();
            for (OralScore s : OralScore.ofBooking(b.id)) {
                List<String> points = org.peercert.oral.OralRubric.inRubricOrder(
                                catalog.find(b.courseId).flatMap(org.peercert.course.Course::oralExam), ScorePoint.of(s.id)).stream()
                        .map(p -> p.criterionTitle + " " + p.points + "/" + p.maxPoints).toList();
                rows.add(new OralScoreRow(s.id, b.id, b.courseId, slot.startsAt, s.examinerSubject, s.examinerName, panel,
                        s.total, s.maxTotal, s.passed, points, s.feedback, s.correctsScore, s.reason, s.contentVersion,
                        s.submittedAt));
            }
        }
        return rows;
    }

    private CertificateRow certificate(Certificate c) {
        CertificateRevocation r = CertificateRevocation.of(c.id).orElse(null);
        return new CertificateRow(c.id, c.formattedNumber(), c.courseId, c.courseTitle, c.credential, c.legalName,
                c.creditHours, c.completedOn, c.issuedOn, c.expiresOn, CertificateStatus.of(c, r, dates.today()).name(),
                c.sha256, c.issuedByName, c.issuedAt, r == null ? null : r.revokedAt, r == null ? null : r.revokedByName,
                r == null ? null : r.reason);
    }

    private String title(String courseId) {
        return catalog.find(courseId).map(Course::title).orElse(courseId);
    }
}

package org.peercert.course;

import org.peercert.exam.ExamEligibility;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The front matter of {@code course.md}, exactly as authors write it (see courses/README.md). */
public record CourseFrontMatter(
        String id,
        String title,
        String summary,
        CourseKind kind,
        String credential,
        BigDecimal hours,
        Integer hourMinutes,
        List<DeliveryFormat> formats,
        Boolean liveOnly,
        Boolean requiresApproval,
        List<String> prerequisites,
        List<Competency> competencies,
        ExamSettings writtenExam,
        ExamSettings postTest,
        OralExamSettings oralExam,
        CertificateSettings certificate) {

    /** A written exam or post-test, read by the exam feature (see courses/README.md for the defaults). */
    public record ExamSettings(Map<String, Integer> questionsPerCompetency, Integer timeLimitMinutes,
                               Integer passPercent, Integer attemptsAllowed, Integer waitHoursBetweenAttempts,
                               Boolean showAnswersAfterSubmit, ExamEligibility eligibility) {

        /** The pass mark in percent: 80 unless the course says otherwise. */
        public int passMark() {
            return passPercent == null ? 80 : passPercent;
        }

        public int waitHours() {
            return waitHoursBetweenAttempts == null ? 0 : waitHoursBetweenAttempts;
        }

        public boolean showsAnswers() {
            return Boolean.TRUE.equals(showAnswersAfterSubmit);
        }

        /** When the exam opens: once the hours are complete unless the course says otherwise. */
        public ExamEligibility opensWhen() {
            return eligibility == null ? ExamEligibility.HOURS_COMPLETE : eligibility;
        }

        /** How many questions an attempt draws. */
        public int questionCount() {
            return questionsPerCompetency == null ? 0
                    : questionsPerCompetency.values().stream().mapToInt(n -> n == null ? 0 : n).sum();
        }
    }

    /** The oral exam: where its rubric lives in the course folder. */
    public record OralExamSettings(String rubric) {
    }

    /**
     * What the certificate prints beyond the course itself (see courses/README.md).
     *
     * @param validYears     years from the issue date to the printed expiry date; 0 or absent: no expiry
     * @param ceDueMonths    months from the completion date to the printed continuing-education due date; 0 or absent: none
     * @param approvalNumber the approval number printed for this course (e.g. a CE board's); absent: the provider's
     */
    /**
     * @param startsCeYears true: the holder becomes a certified specialist, who owes continuing
     *                      education each year from the completion date (the APSS core)
     */
    public record CertificateSettings(Integer validYears, Integer ceDueMonths, String approvalNumber, Boolean startsCeYears) {
        public boolean makesSpecialist() {
            return Boolean.TRUE.equals(startsCeYears);
        }
    }
}

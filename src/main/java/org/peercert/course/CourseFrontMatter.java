package org.peercert.course;

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

    /** A written exam or post-test, read by the exam feature. */
    public record ExamSettings(Map<String, Integer> questionsPerCompetency, Integer timeLimitMinutes,
                               Integer passPercent, Integer attemptsAllowed, Integer waitHoursBetweenAttempts,
                               Boolean showAnswersAfterSubmit) {
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
    public record CertificateSettings(Integer validYears, Integer ceDueMonths, String approvalNumber) {
    }
}

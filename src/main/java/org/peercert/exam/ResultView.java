package org.peercert.exam;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A finished attempt's result: score, pass or fail, and the result by competency. {@code review}
 * (each question with the answer given and the key) is filled for staff, and for the trainee
 * only where the course shows answers after submission.
 */
public record ResultView(long attemptId, String traineeSubject, String legalName, String courseId, String courseTitle,
                         String kind, int attemptNumber, Instant startedAt, Instant deadline, Instant finalisedAt,
                         String how, int correct, int questions, BigDecimal scorePercent, int passPercent, boolean passed,
                         List<CompetencyResult> byCompetency, boolean answersShown, List<ReviewItem> review) {

    /** One competency's part of the result. */
    public record CompetencyResult(String competencyId, String title, int correct, int questions, int percent) {
    }

    /** One question after the fact: what was asked, what was answered, what was right. */
    public record ReviewItem(int number, String competencyId, String type, String prompt, boolean correct,
                             List<String> given, List<String> key, String explanation) {
    }
}

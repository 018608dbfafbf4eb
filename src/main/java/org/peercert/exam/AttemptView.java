package org.peercert.exam;

import java.time.Instant;
import java.util.List;

/**
 * An attempt as its trainee's browser may see it: prompts and choice texts with opaque ids, and
 * the answers saved so far. Never the bank's ids, option order or key.
 */
public record AttemptView(long id, String courseId, String courseTitle, String kind, int attemptNumber,
                          Instant startedAt, Instant deadline, long remainingSeconds, boolean finished,
                          int questionCount, long answeredCount, List<QuestionView> questions) {

    /** One question: its opaque id, what it asks, what can be chosen, and the saved answer. */
    public record QuestionView(String id, int number, String type, String prompt, List<ChoiceView> options,
                               List<ChoiceView> lefts, List<ChoiceView> rights, Answer saved, Instant savedAt) {
    }

    /** A choice: opaque id and text. */
    public record ChoiceView(String id, String text) {
    }

    static AttemptView of(ExamAttempt attempt, String courseTitle, SavedAnswers saved, boolean finished, Instant now) {
        List<QuestionView> questions = Draw.fromJson(attempt.draw).items().stream()
                .map(item -> new QuestionView(item.key(), item.position() + 1, type(item.question().type()),
                        item.question().prompt(), choices(item.options()), choices(item.lefts()), choices(item.rights()),
                        saved.of(item.key()), saved.savedAt().get(item.key())))
                .toList();
        return new AttemptView(attempt.id, attempt.courseId, courseTitle, attempt.examKind, attempt.attemptNumber,
                attempt.startedAt, attempt.deadline, finished ? 0 : AttemptService.remainingSeconds(attempt, now), finished,
                attempt.questionCount, saved.answeredCount(), questions);
    }

    private static List<ChoiceView> choices(List<Draw.Choice> choices) {
        return choices.stream().map(c -> new ChoiceView(c.id(), c.text())).toList();
    }

    /** The type as courses/README.md names it. */
    static String type(QuestionType type) {
        return switch (type) {
            case SINGLE -> "single";
            case MULTIPLE -> "multiple";
            case TRUE_FALSE -> "true-false";
            case MATCHING -> "matching";
            case SHORT_ANSWER -> "short-answer";
        };
    }
}

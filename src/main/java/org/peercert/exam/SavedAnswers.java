package org.peercert.exam;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The answers of an attempt as they stand: for each question, the latest save. */
public record SavedAnswers(Map<String, Answer> answers, Map<String, Instant> savedAt) {

    public static SavedAnswers of(long attemptId) {
        Map<String, Answer> answers = new HashMap<>();
        Map<String, Instant> at = new HashMap<>();
        for (ExamAnswer row : ExamAnswer.of(attemptId)) {
            answers.put(row.itemKey, Answer.fromJson(row.answer));
            at.put(row.itemKey, row.receivedAt);
        }
        return new SavedAnswers(answers, at);
    }

    public Answer of(String itemKey) {
        return answers.getOrDefault(itemKey, Answer.NONE);
    }

    public long answeredCount() {
        return answers.values().stream().filter(a -> !a.isEmpty()).count();
    }
}

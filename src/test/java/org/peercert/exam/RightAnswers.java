package org.peercert.exam;

import org.peercert.course.Course;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers an attempt of a real course rightly, the way a well-prepared trainee would: each
 * question shown (prompt and choice texts only, never the key) is found in the course's bank by
 * its prompt, and the bank's key says which choices to give.
 */
public final class RightAnswers {

    private RightAnswers() {
    }

    /** The API body answering one shown question of {@code course} rightly. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> to(Course course, Map<String, Object> shown) {
        Question q = course.examBank().stream().filter(b -> b.prompt().trim().equals(String.valueOf(shown.get("prompt")).trim()))
                .findFirst().orElseThrow(() -> new IllegalStateException("not in the bank: " + shown.get("prompt")));
        Map<String, Object> body = new HashMap<>();
        body.put("questionId", shown.get("id"));
        List<Map<String, String>> options = (List<Map<String, String>>) shown.get("options");
        switch (q.type()) {
            case SINGLE, MULTIPLE -> body.put("choices", options.stream()
                    .filter(o -> q.options().stream().anyMatch(b -> b.isCorrect() && b.text().trim().equals(o.get("text").trim())))
                    .map(o -> o.get("id")).toList());
            case TRUE_FALSE -> body.put("choices", options.stream()
                    .filter(o -> o.get("text").equalsIgnoreCase(String.valueOf(q.answer()))).map(o -> o.get("id")).toList());
            case SHORT_ANSWER -> body.put("text", q.accept().get(0));
            case MATCHING -> {
                List<Map<String, String>> lefts = (List<Map<String, String>>) shown.get("lefts");
                List<Map<String, String>> rights = (List<Map<String, String>>) shown.get("rights");
                Map<String, String> matches = new HashMap<>();
                for (Map<String, String> left : lefts) {
                    String right = q.pairs().stream().filter(p -> p.left().trim().equals(left.get("text").trim()))
                            .findFirst().orElseThrow().right();
                    matches.put(left.get("id"), rights.stream().filter(r -> r.get("text").trim().equals(right.trim()))
                            .findFirst().orElseThrow().get("id"));
                }
                body.put("matches", matches);
            }
        }
        return body;
    }
}

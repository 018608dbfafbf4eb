package org.peercert.hours;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.peercert.course.Module;
import org.peercert.exam.Grading;
import org.peercert.exam.Question;
import org.peercert.exam.QuestionType;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A module's knowledge check as the reader shows it: the questions with their options in an order
 * of this trainee's own (authors tend to write the right answer first), and the last attempt's
 * review, read back from the stored attempt, never from the address bar.
 */
public record KnowledgeCheckView(List<ShownQuestion> questions, Review review) {

    /** A question on the form; an option keeps its authored index, which is what the form posts. */
    public record ShownQuestion(Question question, List<ShownOption> options) {
    }

    public record ShownOption(int index, String text) {
    }

    /** How one attempt went, question by question, with the authors' feedback. */
    public record Review(int correct, int questions, boolean passed, List<QuestionReview> items) {
        public String score() {
            return correct + " of " + questions;
        }
    }

    /** One question of a review: what the trainee answered, whether it was right, and why. */
    public record QuestionReview(String prompt, boolean right, List<String> answers, List<String> feedback,
                                 String explanation) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param seed the same for a trainee's reloads of the form, different for their next attempt,
     *             so the order holds while they answer and changes when they try again
     */
    static KnowledgeCheckView of(Module module, long seed, KnowledgeCheckAttempt last) {
        List<ShownQuestion> shown = new ArrayList<>();
        for (Question q : module.knowledgeCheck()) {
            List<ShownOption> options = new ArrayList<>();
            if (q.options() != null) {
                for (int i = 0; i < q.options().size(); i++) {
                    options.add(new ShownOption(i, q.options().get(i).text()));
                }
                Collections.shuffle(options, new Random(seed * 31 + q.id().hashCode()));
            }
            shown.add(new ShownQuestion(q, options));
        }
        return new KnowledgeCheckView(shown, last == null ? null : review(module, last));
    }

    private static Review review(Module module, KnowledgeCheckAttempt attempt) {
        Map<String, List<String>> form = answers(attempt.answers);
        List<QuestionReview> items = new ArrayList<>();
        for (Question q : module.knowledgeCheck()) {
            List<String> given = KnowledgeCheckService.answersTo(q, form);
            List<String> answers = new ArrayList<>();
            List<String> feedback = new ArrayList<>();
            describe(q, given, answers, feedback);
            items.add(new QuestionReview(q.prompt(), Grading.isCorrect(q, given), answers, feedback, q.explanation()));
        }
        return new Review(attempt.correct, attempt.questions, attempt.passed, items);
    }

    private static void describe(Question q, List<String> given, List<String> answers, List<String> feedback) {
        if (q.type() == QuestionType.SINGLE || q.type() == QuestionType.MULTIPLE) {
            for (String value : given) {
                Question.Option option = option(q, value);
                if (option != null) {
                    answers.add(option.text());
                    if (option.feedback() != null && !option.feedback().isBlank()) {
                        feedback.add(option.feedback());
                    }
                }
            }
        } else if (q.type() == QuestionType.MATCHING) {
            for (int i = 0; i < q.pairs().size() && i < given.size(); i++) {
                answers.add(q.pairs().get(i).left() + " → " + (given.get(i).isBlank() ? "—" : given.get(i)));
            }
        } else if (q.type() == QuestionType.TRUE_FALSE) {
            given.stream().findFirst().ifPresent(v -> answers.add("true".equals(v) ? "True" : "False"));
        } else {
            given.stream().filter(v -> !v.isBlank()).findFirst().ifPresent(answers::add);
        }
    }

    private static Question.Option option(Question q, String value) {
        try {
            int index = Integer.parseInt(value.trim());
            return index >= 0 && index < q.options().size() ? q.options().get(index) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Map<String, List<String>> answers(String json) {
        try {
            return json == null ? Map.of() : JSON.readValue(json, new TypeReference<Map<String, List<String>>>() { });
        } catch (IOException e) {
            return Map.of(); // answers cut at 4,000 characters when stored: review what is left as unanswered
        }
    }
}

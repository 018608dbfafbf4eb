package org.peercert.exam;

import io.quarkus.qute.TemplateExtension;

import java.util.List;

/** Question values for forms: {@code {question.rightChoices}} lists a matching question's answers in a fixed, neutral order. */
@TemplateExtension
public class QuestionFormats {

    private QuestionFormats() {
    }

    /** Alphabetical, so the order never gives the pairing away. */
    static List<String> rightChoices(Question question) {
        return question.pairs() == null ? List.of() : question.pairs().stream().map(Question.Pair::right).sorted().toList();
    }
}

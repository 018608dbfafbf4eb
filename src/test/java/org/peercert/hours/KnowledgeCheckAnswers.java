package org.peercert.hours;

import org.peercert.course.CatalogSnapshotReader;
import org.peercert.exam.Question;

import java.util.HashMap;
import java.util.Map;

/** The right answers to a shipped module's knowledge check, as form fields, read from courses/. */
final class KnowledgeCheckAnswers {

    private KnowledgeCheckAnswers() {
    }

    static Map<String, String> correctFor(String course, String slug) {
        Map<String, String> form = new HashMap<>();
        for (Question q : CatalogSnapshotReader.module(course, slug).knowledgeCheck()) {
            switch (q.type()) {
                case SINGLE -> form.put("q-" + q.id(), String.valueOf(indexOfCorrect(q)));
                case TRUE_FALSE -> form.put("q-" + q.id(), String.valueOf(q.answer()));
                case SHORT_ANSWER -> form.put("q-" + q.id(), q.accept().get(0));
                case MATCHING -> {
                    for (int i = 0; i < q.pairs().size(); i++) {
                        form.put("q-" + q.id() + "-" + i, q.pairs().get(i).right());
                    }
                }
                case MULTIPLE -> throw new IllegalStateException("use a module without multiple-answer questions: " + q.id());
            }
        }
        return form;
    }

    private static int indexOfCorrect(Question q) {
        for (int i = 0; i < q.options().size(); i++) {
            if (q.options().get(i).isCorrect()) {
                return i;
            }
        }
        throw new IllegalStateException(q.id());
    }
}

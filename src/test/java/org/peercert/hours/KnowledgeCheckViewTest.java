package org.peercert.hours;

import org.junit.jupiter.api.Test;
import org.peercert.course.CatalogSnapshotReader;
import org.peercert.course.Module;
import org.peercert.exam.Question;
import org.peercert.exam.QuestionType;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reader shows a knowledge check's options in an order of the trainee's own: the same on a
 * reload, another for the next attempt, and over many trainees the right answer in every place,
 * whatever place its author gave it.
 */
class KnowledgeCheckViewTest {

    private static final Module MODULE = CatalogSnapshotReader.module("ky-tcm-core", "07-linkage-and-referral");

    @Test
    void theRightAnswerMovesAcrossSeedsAndStaysPutForOneSeed() {
        int q = firstSingleChoice();
        Question question = MODULE.knowledgeCheck().get(q);
        int options = question.options().size();
        Set<Integer> placesOfRightAnswer = new HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            List<KnowledgeCheckView.ShownOption> shown = KnowledgeCheckView.of(MODULE, seed, null).questions().get(q).options();
            assertEquals(options, shown.size());
            assertEquals(shown, KnowledgeCheckView.of(MODULE, seed, null).questions().get(q).options(), "a reload keeps the order");
            assertEquals(Set.copyOf(shown.stream().map(KnowledgeCheckView.ShownOption::index).toList()).size(), options,
                    "every option once");
            for (int place = 0; place < shown.size(); place++) {
                if (question.options().get(shown.get(place).index()).isCorrect()) {
                    placesOfRightAnswer.add(place);
                }
            }
        }
        assertEquals(options, placesOfRightAnswer.size(), "the right answer was seen in every place: " + placesOfRightAnswer);
    }

    private static int firstSingleChoice() {
        for (int i = 0; i < MODULE.knowledgeCheck().size(); i++) {
            if (MODULE.knowledgeCheck().get(i).type() == QuestionType.SINGLE) {
                return i;
            }
        }
        throw new IllegalStateException("the module needs a single-choice question");
    }

    @Test
    void optionTextsAreTheAuthored() {
        KnowledgeCheckView view = KnowledgeCheckView.of(MODULE, 7, null);
        for (KnowledgeCheckView.ShownQuestion shown : view.questions()) {
            for (KnowledgeCheckView.ShownOption o : shown.options()) {
                assertEquals(shown.question().options().get(o.index()).text(), o.text());
            }
        }
        assertTrue(view.review() == null);
    }
}

package org.peercert.exam;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The GIFT parser against the syntax examples of Moodle's GIFT documentation
 * (src/test/resources/gift/moodle-docs-examples.gift): every example becomes the question Moodle
 * would import, or a problem at its line when PeerCert does not support its type.
 */
class GiftParserTest {

    private static GiftBank bank;
    private static Map<String, Question> byPrompt;

    @BeforeAll
    static void parse() throws IOException {
        try (InputStream in = GiftParserTest.class.getResourceAsStream("/gift/moodle-docs-examples.gift")) {
            bank = GiftParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "docs");
        }
        byPrompt = bank.questions().stream().map(GiftBank.Located::question)
                .collect(Collectors.toMap(Question::prompt, q -> q, (a, b) -> a));
    }

    @Test
    void unsupportedItemsAreReportedAtTheirLines() {
        List<String> problems = bank.problems().stream().map(p -> p.line() + " " + p.field() + ": " + p.message()).toList();
        assertEquals(5, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("21 Q5: is a numerical question"), problems.get(0));
        assertTrue(problems.get(1).startsWith("24 Q6: is a numerical question"), problems.get(1));
        assertTrue(problems.get(2).startsWith("27 Q7: is a numerical question"), problems.get(2));
        assertTrue(problems.get(3).startsWith("33 Q8: is an essay question"), problems.get(3));
        assertTrue(problems.get(4).startsWith("136 : is a description"), problems.get(4));
    }

    @Test
    void titlesBecomeIdsAndCategoriesCompetencies() {
        Question q1 = question("1+1=2");
        assertEquals("docs/Q1", q1.id());
        assertEquals(QuestionType.TRUE_FALSE, q1.type());
        assertEquals(Boolean.TRUE, q1.answer());
        assertEquals("alpha", q1.competency());
        assertEquals("beta", question("How are you?").competency());
        assertTrue(bank.questions().stream().map(l -> l.question().id()).distinct().count() == bank.questions().size(),
                "untitled questions get distinct ids from their text");
        assertEquals(6, bank.questions().stream().filter(l -> l.question().prompt().equals("Who's buried in Grant's tomb?")
                || l.question().prompt().equals("Grant is buried in Grant's tomb.")).count(), "same prompts, different questions");
    }

    @Test
    void multipleChoiceWithFeedbackAndMissingWords() {
        Question q2 = question("What's between orange and green in the spectrum?");
        assertEquals(QuestionType.SINGLE, q2.type());
        assertEquals(List.of("yellow"), correct(q2));
        assertEquals("right; good!", q2.options().get(0).feedback());
        assertEquals("wrong, it's yellow", q2.options().get(1).feedback());
        assertEquals(List.of("entombed"), correct(question("Grant is _____ in Grant's tomb.")));
        assertEquals(List.of("fourth"), correct(question("The American holiday of Thanksgiving is celebrated on the _____ Thursday of November.")));
        assertEquals(List.of("China"), correct(question("Japanese characters originally came from what country?")));
        Question tomb = bank.questions().stream().map(GiftBank.Located::question)
                .filter(q -> q.prompt().equals("Who's buried in Grant's tomb?") && q.type() == QuestionType.SINGLE).findFirst().orElseThrow();
        assertEquals(List.of("no one"), correct(tomb));
    }

    @Test
    void shortAnswersKeepOnlyFullCreditAnswers() {
        assertEquals(List.of("two", "2"), question("Two plus _____ equals four.").accept());
        assertEquals(List.of("four", "4"), question("Two plus two equals _____.").accept());
        List<List<String>> tomb = bank.questions().stream().map(GiftBank.Located::question)
                .filter(q -> q.prompt().equals("Who's buried in Grant's tomb?") && q.type() == QuestionType.SHORT_ANSWER)
                .map(Question::accept).toList();
        assertEquals(List.of(List.of("no one", "nobody"), List.of("no one", "nobody"), List.of("no one")), tomb);
        Question fine = question("How are you?");
        assertEquals(List.of("Fine"), fine.accept());
        assertEquals("We hope you're feeling well.", fine.explanation());
    }

    @Test
    void trueFalseInEveryDocumentedSpelling() {
        assertEquals(Boolean.TRUE, question("Grant was buried in a tomb in New York City.").answer());
        assertEquals(Boolean.FALSE, question("The sun rises in the West.").answer());
        assertTrue(bank.questions().stream().map(GiftBank.Located::question)
                .filter(q -> q.prompt().equals("Grant is buried in Grant's tomb.")).allMatch(q -> Boolean.FALSE.equals(q.answer())));
    }

    @Test
    void matchingWithGeneralFeedback() {
        Question capitals = question("Match the following countries with their corresponding capitals.");
        assertEquals(QuestionType.MATCHING, capitals.type());
        assertEquals(4, capitals.pairs().size());
        assertEquals(new Question.Pair("India", "New Delhi"), capitals.pairs().get(3));
        assertEquals("It's good to know the capitals", capitals.explanation());
        assertTrue(capitals.violations().isEmpty());
        // Moodle's quick example has two pairs; PeerCert's banks need three, and says so
        Question animals = question("Which animal eats which food?");
        assertEquals(List.of(new Question.Pair("cat", "cat food"), new Question.Pair("dog", "dog food")), animals.pairs());
        assertEquals("pairs", animals.violations().get(0).field());
    }

    @Test
    void percentageWeightsDecideSingleOrMultipleAnswers() {
        Question difficult = question("Difficult multiple choice question.");
        assertEquals(QuestionType.SINGLE, difficult.type());
        assertEquals(List.of("full credit answer"), correct(difficult));
        assertEquals("well done!", difficult.options().get(2).feedback());
        Question entombed = question("What two people are entombed in Grant's tomb?");
        assertEquals(QuestionType.MULTIPLE, entombed.type());
        assertEquals(List.of("Grant", "Grant's wife"), correct(entombed));
        assertEquals(List.of("right answer"), correct(question("What's the answer to this multiple-choice question?")));
    }

    @Test
    void escapesColonsNewlinesAndHtml() {
        Question five = question("Which answer equals 5?");
        assertEquals(List.of("= 2 + 2", "= 2 + 3", "= 2 + 4"), five.options().stream().map(Question.Option::text).toList());
        assertEquals(List.of("= 2 + 3"), correct(five));
        Question control = question("Which of the following is NOT a control character for the GIFT import format?");
        assertEquals("docs/GIFT Control Characters", control.id());
        assertEquals(List.of("~", "=", "#", "{", "}", "\\"), control.options().stream().map(Question.Option::text).toList());
        assertEquals(List.of("\\"), correct(control));
        assertEquals("~ is a control character.", control.options().get(0).feedback());
        assertEquals(List.of("hands"), correct(question("The time is 12:30 on the clock.\nWhich word goes with a clock?")));
        Question html = question("Which of these is bold & bright?");
        assertEquals(List.of("bright"), correct(html));
        assertNull(html.explanation());
    }

    private static Question question(String prompt) {
        Question q = byPrompt.get(prompt);
        assertTrue(q != null, "no question \"" + prompt + "\" among " + byPrompt.keySet());
        return q;
    }

    private static List<String> correct(Question q) {
        return q.options().stream().filter(Question.Option::isCorrect).map(Question.Option::text).toList();
    }
}

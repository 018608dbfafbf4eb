package org.peercert.course;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peercert.exam.Question;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Moodle GIFT file in a course's exam folder: its questions join the bank with their
 * competency from $CATEGORY, and whatever cannot be a question is a course problem with file,
 * line and field, like any other problem of a course.
 */
class GiftBankTest {

    private static final String GOOD = """
            // A provider's Moodle export
            $CATEGORY: $course$/top/Fixture/basics

            ::Sky:: The sky on a clear day is {=blue ~green ~red}.

            ::Capital:: What is the capital of Kentucky? {=Frankfort =frankfort, ky}
            """;

    @TempDir
    Path root;
    private Path course;

    @BeforeEach
    void writeFixture() {
        course = CourseFixture.write(root, "fixture");
    }

    @Test
    void giftQuestionsJoinTheBankWithTheirCompetency() throws IOException {
        Files.writeString(course.resolve("exam/moodle.gift"), GOOD);
        CatalogSnapshot snapshot = load();
        assertEquals(List.of(), snapshot.problems());
        List<Question> bank = snapshot.courses().get("fixture").examBank();
        assertEquals(List.of("moodle/Sky", "moodle/Capital", "q1", "q2"), bank.stream().map(Question::id).toList());
        assertTrue(bank.stream().allMatch(q -> q.competency().equals("basics")));
        assertEquals("The sky on a clear day is _____.", bank.get(0).prompt());
        assertEquals(List.of("Frankfort", "frankfort, ky"), bank.get(1).accept());
    }

    @Test
    void unsupportedAndUntaggedQuestionsAreReportedByFileAndLine() throws IOException {
        Files.writeString(course.resolve("exam/moodle.gift"), """
                ::Untagged:: Before any category {T}

                $CATEGORY: $course$/top/Fixture/basics

                ::Year:: When was Kentucky admitted? {#1792}

                ::Elsewhere:: Wrong competency next.{T}

                $CATEGORY: $course$/top/Fixture/geography

                ::Rivers:: Is the Ohio a river?{T}

                ::Pairs:: Match { =a -> b =c -> d }
                """);
        List<String> problems = load().problems().stream().map(CourseProblem::describe).toList();
        assertEquals(List.of(
                "fixture/exam/moodle.gift:5 Year: is a numerical question ({#...}), which PeerCert does not support: rewrite it as single choice or short answer",
                "fixture/exam/moodle.gift:1 moodle/Untagged competency: no $CATEGORY line above this question names its competency: put \"$CATEGORY: <competency id>\" before it, one of [basics]",
                "fixture/exam/moodle.gift:11 moodle/Rivers competency: the $CATEGORY path ends in \"geography\", which is not a competency of this course: [basics]",
                "fixture/exam/moodle.gift:13 moodle/Pairs pairs: needs at least three left-right pairs",
                "fixture/exam/moodle.gift:13 moodle/Pairs competency: the $CATEGORY path ends in \"geography\", which is not a competency of this course: [basics]"),
                problems);
    }

    private CatalogSnapshot load() {
        return new CatalogLoader(root).load(CatalogSnapshot.empty());
    }
}

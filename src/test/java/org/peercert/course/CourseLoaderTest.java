package org.peercert.course;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A broken course is reported by file, line and field, and never takes the others down. */
class CourseLoaderTest {

    @TempDir
    Path root;
    private Path course;

    @BeforeEach
    void writeFixture() {
        course = CourseFixture.write(root, "fixture");
        CourseFixture.write(root, "neighbour");
    }

    @Test
    void theFixtureItselfLoadsCleanly() {
        CatalogSnapshot snapshot = load(CatalogSnapshot.empty());
        assertEquals(List.of(), snapshot.problems());
        assertEquals(List.of("fixture", "neighbour"), List.copyOf(snapshot.courses().keySet()));
        assertEquals(1, snapshot.courses().get("fixture").modules().get(0).knowledgeCheck().size());
    }

    @Test
    void aBadFrontMatterValueNamesFileLineAndField() {
        CourseFixture.edit(course.resolve("course.md"), "hours: 1\nhourMinutes", "hours: one\nhourMinutes");
        CourseProblem problem = onlyProblem();
        assertEquals("fixture/course.md", problem.file());
        assertEquals(7, problem.line());
        assertEquals("hours", problem.field());
        assertTrue(problem.message().contains("\"one\""), problem.message());
    }

    @Test
    void anUnknownFieldIsNamedWithTheKnownOnes() {
        CourseFixture.edit(course.resolve("course.md"), "hourMinutes: 60", "hourMinutes: 60\ncolour: blue");
        CourseProblem problem = onlyProblem();
        assertEquals(9, problem.line());
        assertEquals("colour", problem.field());
        assertTrue(problem.message().contains("not a known field") && problem.message().contains("hourMinutes"));
    }

    @Test
    void anUnknownKindListsTheAllowedOnes() {
        CourseFixture.edit(course.resolve("course.md"), "kind: continuing-education", "kind: workshop");
        CourseProblem problem = onlyProblem();
        assertEquals("kind", problem.field());
        assertTrue(problem.message().contains("certification, specialty, continuing-education"), problem.message());
    }

    @Test
    void hoursThatDoNotAddUpPointAtTheCompetency() {
        CourseFixture.edit(course.resolve("01-the-only-module.md"), "hours: 1", "hours: 0.5");
        CourseProblem problem = onlyProblem();
        assertEquals("fixture/course.md", problem.file());
        assertEquals("competencies[0].hours", problem.field());
        assertEquals(14, problem.line());
        assertTrue(problem.message().contains("add up to 0.5"), problem.message());
    }

    @Test
    void aMissingModuleIsReported() throws IOException {
        Files.delete(course.resolve("01-the-only-module.md"));
        assertTrue(onlyProblem().message().contains("has no module"));
    }

    @Test
    void aBadQuestionIsLocatedInsideItsModule() {
        CourseFixture.edit(course.resolve("01-the-only-module.md"), "answer: true\n", "");
        CourseProblem problem = onlyProblem();
        assertEquals("fixture/01-the-only-module.md", problem.file());
        assertEquals(14, problem.line(), "the question block starts on line 14");
        assertEquals("answer", problem.field());
        assertTrue(problem.message().contains("m01-check"));
    }

    @Test
    void aSingleChoiceWithTwoRightAnswersIsRefused() {
        CourseFixture.edit(course.resolve("exam/post-test.yaml"), "- text: Wrong", "- text: Wrong\n      correct: true");
        CourseProblem problem = onlyProblem();
        assertEquals("fixture/exam/post-test.yaml", problem.file());
        assertEquals("[0].options", problem.field());
        assertEquals(5, problem.line());
        assertTrue(problem.message().contains("exactly one correct option, found 2"));
    }

    @Test
    void brokenYamlSyntaxGivesItsLine() {
        CourseFixture.edit(course.resolve("course.md"), "title: Fixture Course", "title: [Fixture Course");
        CourseProblem problem = onlyProblem();
        assertEquals(3, problem.line(), "the line where the bracket opens");
        assertEquals("title", problem.field());
        assertTrue(problem.message().startsWith("is not valid YAML"), problem.message());
    }

    @Test
    void aBrokenCourseKeepsItsLastGoodVersionAndTheOthersStay() {
        CatalogSnapshot good = load(CatalogSnapshot.empty());
        CourseFixture.edit(course.resolve("01-the-only-module.md"), "ORIGINAL TEXT", "NEW TEXT");
        CourseFixture.edit(course.resolve("course.md"), "hours: 1\nhourMinutes", "hours: one\nhourMinutes");
        CatalogSnapshot broken = load(good);
        assertEquals(1, broken.problems().size());
        assertEquals(good.courses().get("fixture"), broken.courses().get("fixture"), "last good version served");
        assertTrue(broken.courses().get("fixture").modules().get(0).html().contains("ORIGINAL TEXT"));
        assertTrue(broken.courses().containsKey("neighbour"));
    }

    @Test
    void anyEditGivesANewContentVersion() {
        String before = load(CatalogSnapshot.empty()).courses().get("fixture").contentVersion();
        CourseFixture.edit(course.resolve("exam/post-test.yaml"), "Pick the right one.", "Pick the right one!");
        String after = load(CatalogSnapshot.empty()).courses().get("fixture").contentVersion();
        assertNotEquals(before, after);
        assertEquals(64, after.length());
    }

    @Test
    void anUnknownPrerequisiteKeepsTheCourseOut() {
        CourseFixture.edit(course.resolve("course.md"), "prerequisites: []", "prerequisites: [ky-nothing]");
        CourseProblem problem = onlyProblem();
        assertEquals("prerequisites", problem.field());
        assertTrue(!load(CatalogSnapshot.empty()).courses().containsKey("fixture"));
    }

    @Test
    void anEmptyListItemIsAProblemNotACrash() {
        CourseFixture.edit(course.resolve("exam/post-test.yaml"), "- id: q2", "-\n- id: q2");
        CourseProblem problem = onlyProblem();
        assertEquals("fixture/exam/post-test.yaml", problem.file());
    }

    @Test
    void aDuplicateKeyIsRefusedAtItsLine() {
        CourseFixture.edit(course.resolve("course.md"), "hourMinutes: 60", "hourMinutes: 60\nhourMinutes: 50");
        CourseProblem problem = onlyProblem();
        assertEquals(9, problem.line());
        assertTrue(problem.message().contains("duplicate key"), problem.message());
    }

    @Test
    void aByteOrderMarkIsHarmless() throws IOException {
        Path file = course.resolve("course.md");
        Files.writeString(file, "\uFEFF" + Files.readString(file));
        assertEquals(List.of(), load(CatalogSnapshot.empty()).problems());
    }

    @Test
    void aQuestionInsideAListNeverShowsItsAnswer() {
        CourseFixture.edit(course.resolve("01-the-only-module.md"), "```question\nid: m01-check",
                "- Try this:\n\n  ```question\n  id: m01-nested\n  type: true-false\n  prompt: Nested?\n  answer: false\n  ```\n\n```question\nid: m01-check");
        Module module = load(CatalogSnapshot.empty()).courses().get("fixture").modules().get(0);
        assertEquals(2, module.knowledgeCheck().size());
        assertTrue(!module.html().contains("answer:"), module.html());
    }

    @Test
    void aBrokenPrerequisiteChainKeepsEveryCourseInItOut() {
        Path first = CourseFixture.write(root, "aa-first");
        CourseFixture.edit(first.resolve("course.md"), "prerequisites: []", "prerequisites: [zz-last]");
        Path last = CourseFixture.write(root, "zz-last");
        CourseFixture.edit(last.resolve("course.md"), "prerequisites: []", "prerequisites: [nowhere]");
        CatalogSnapshot snapshot = load(CatalogSnapshot.empty());
        assertTrue(!snapshot.courses().containsKey("zz-last"));
        assertTrue(!snapshot.courses().containsKey("aa-first"), "its prerequisite left the catalog");
        assertTrue(snapshot.courses().containsKey("fixture"));
    }

    @Test
    void aRubricOutsideTheCourseFolderIsRefused() {
        CourseFixture.edit(course.resolve("course.md"), "postTest:", "oralExam:\n  rubric: ../neighbour/course.md\npostTest:");
        assertEquals("oralExam.rubric", onlyProblem().field());
    }

    private CourseProblem onlyProblem() {
        CatalogSnapshot snapshot = load(CatalogSnapshot.empty());
        assertEquals(1, snapshot.problems().size(), snapshot.problems().toString());
        assertTrue(snapshot.courses().containsKey("neighbour"), "the neighbour course is still served");
        return snapshot.problems().get(0);
    }

    private CatalogSnapshot load(CatalogSnapshot previous) {
        return new CatalogLoader(root).load(previous);
    }
}

package org.peercert.course;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peercert.oral.EligibilityRule;
import org.peercert.oral.OralRubric;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The oral-exam rubric is read with its course, and a broken one is reported by file, line and field. */
class RubricLoaderTest {

    @TempDir
    Path root;
    private Path course;

    @BeforeEach
    void writeFixture() {
        course = CourseFixture.writeWithOralExam(root, "fixture");
        CourseFixture.write(root, "neighbour");
    }

    @Test
    void oralMdIsTheCoursesRubricWithItsSettingsAndGuidance() {
        CatalogSnapshot snapshot = load();
        assertEquals(List.of(), snapshot.problems());
        OralRubric rubric = snapshot.courses().get("fixture").oralExam().orElseThrow();
        assertEquals("fixture/oral.md", rubric.file());
        assertEquals(List.of("listening", "ethics"), rubric.criteria().stream().map(c -> c.id()).toList());
        assertEquals(6, rubric.maxTotal());
        assertEquals(EligibilityRule.HOURS_COMPLETE, rubric.eligibility());
        assertEquals(1, rubric.retakesAllowed());
        assertTrue(rubric.guidanceHtml().contains("<h1"), rubric.guidanceHtml());
        assertTrue(snapshot.courses().get("neighbour").oralExam().isEmpty(), "no oral.md, no oral exam");
        assertEquals(1, snapshot.courses().get("fixture").modules().size(), "the rubric is not a module");
    }

    @Test
    void courseMdMayNameAnotherRubricFile() throws IOException {
        Files.move(course.resolve("oral.md"), course.resolve("oral-exam-rubric.md"));
        CourseFixture.edit(course.resolve("course.md"), "postTest:", "oralExam:\n  rubric: oral-exam-rubric.md\npostTest:");
        CatalogSnapshot snapshot = load();
        assertEquals(List.of(), snapshot.problems());
        assertEquals("fixture/oral-exam-rubric.md", snapshot.courses().get("fixture").oralExam().orElseThrow().file());
    }

    @Test
    void aLevelWithoutADescriptorIsReportedAtItsLine() {
        CourseFixture.edit(course.resolve("oral.md"), "descriptor: Reflects content. }", "descriptor: \"\" }");
        CourseProblem problem = onlyProblem();
        assertEquals("fixture/oral.md", problem.file());
        assertEquals("criteria[0].levels[1].descriptor", problem.field());
        assertEquals(18, problem.line()); // the second level of the first criterion
    }

    @Test
    void aPassMarkAboveTheRubricsPointsIsRefused() {
        CourseFixture.edit(course.resolve("oral.md"), "minimumTotal: 4", "minimumTotal: 7");
        CourseProblem problem = onlyProblem();
        assertEquals("pass.minimumTotal", problem.field());
        assertTrue(problem.message().contains("most points, 6"), problem.message());
    }

    @Test
    void aCriterionMinimumAboveItsLevelsIsRefused() {
        CourseFixture.edit(course.resolve("oral.md"), "minimum: 2", "minimum: 4");
        assertEquals("criteria[1].minimum", onlyProblem().field());
    }

    @Test
    void anUnknownEligibilityRuleNamesTheAllowedOnes() {
        CourseFixture.edit(course.resolve("oral.md"), "eligibility: hours-complete", "eligibility: whenever");
        CourseProblem problem = onlyProblem();
        assertEquals("eligibility", problem.field());
        assertTrue(problem.message().contains("written-exam-passed, hours-complete"), problem.message());
    }

    @Test
    void theWrittenExamRuleNeedsAWrittenExam() {
        CourseFixture.edit(course.resolve("oral.md"), "eligibility: hours-complete\n", "");
        CourseProblem problem = onlyProblem();
        assertEquals("eligibility", problem.field());
        assertTrue(problem.message().contains("no writtenExam"), problem.message());
    }

    @Test
    void duplicateCriterionIdsAndTwoEqualLevelsAreBothReported() {
        CourseFixture.edit(course.resolve("oral.md"), "id: ethics", "id: listening");
        CourseFixture.edit(course.resolve("oral.md"), "points: 0, label: Not shown, descriptor: Keeps", "points: 2, label: Not shown, descriptor: Keeps");
        List<String> fields = load().problems().stream().map(CourseProblem::field).toList();
        assertTrue(fields.containsAll(List.of("criteria[1].id", "criteria[1].levels[2].points")), fields.toString());
    }

    @Test
    void oralExamInCourseMdWithoutARubricFileIsReported() throws IOException {
        Files.delete(course.resolve("oral.md"));
        CourseFixture.edit(course.resolve("course.md"), "postTest:", "oralExam: {}\npostTest:");
        assertEquals("oralExam.rubric", onlyProblem().field());
    }

    private CourseProblem onlyProblem() {
        CatalogSnapshot snapshot = load();
        assertEquals(1, snapshot.problems().size(), snapshot.problems().toString());
        assertTrue(snapshot.courses().containsKey("neighbour"), "the neighbour course is still served");
        return snapshot.problems().get(0);
    }

    private CatalogSnapshot load() {
        return new CatalogLoader(root).load(CatalogSnapshot.empty());
    }
}

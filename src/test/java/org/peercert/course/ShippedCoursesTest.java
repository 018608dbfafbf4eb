package org.peercert.course;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peercert.exam.Question;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every course shipped in {@code courses/} loads with no problem, so a broken edit cannot land,
 * and the curricula keep the shape Kentucky's rules give them (shared/SOURCES.md).
 */
class ShippedCoursesTest {

    private static CatalogSnapshot catalog;

    @BeforeAll
    static void load() {
        catalog = new CatalogLoader(Path.of("courses").toAbsolutePath()).load(CatalogSnapshot.empty());
    }

    @Test
    void everyShippedCourseLoadsWithoutAProblem() {
        String problems = catalog.problems().stream().map(CourseProblem::describe).collect(Collectors.joining("\n"));
        assertTrue(catalog.problems().isEmpty(), "problems in courses/:\n" + problems);
    }

    @Test
    void adultPeerSupportIsThirtyHoursWithProblemSolvingAtSeven() {
        Course apss = course("ky-apss");
        assertEquals(CourseKind.CERTIFICATION, apss.kind());
        assertEquals(0, apss.requiredHours().compareTo(BigDecimal.valueOf(30)));
        Competency problemSolving = apss.competencies().stream().filter(c -> c.id().equals("problem-solving")).findFirst().orElseThrow();
        assertEquals(0, problemSolving.hours().compareTo(BigDecimal.valueOf(7)));
        List<String> titles = apss.competencies().stream().map(Competency::title).toList();
        assertTrue(titles.containsAll(List.of("Problem Solving", "Wellness Recovery Action Planning",
                "Stages of the Recovery Process", "Effective Listening", "Establishing Recovery Goals",
                "Using Support Groups")), titles.toString());
        assertTrue(apss.examBank().size() >= 60, "APSS bank has " + apss.examBank().size() + " questions");
    }

    @Test
    void bothCertificationCoursesHaveAnOralExamRubricGatedByTheWrittenExam() {
        for (String id : List.of("ky-apss", "ky-tcm-core")) {
            org.peercert.oral.OralRubric rubric = course(id).oralExam().orElseThrow(() -> new AssertionError(id + " has no oral.md"));
            assertEquals(org.peercert.oral.EligibilityRule.WRITTEN_EXAM_PASSED, rubric.eligibility(), id);
            assertTrue(rubric.criteria().size() >= 6, id + " has " + rubric.criteria().size() + " criteria");
            assertTrue(rubric.criteria().stream().allMatch(c -> c.levels().size() >= 3), id + ": every criterion has levels");
            assertTrue(rubric.minimumTotal() < rubric.maxTotal(), id);
        }
    }

    @Test
    void targetedCaseManagementIsATwelveHourCoreAndFourSixHourSpecialties() {
        Course core = course("ky-tcm-core");
        assertEquals(0, core.requiredHours().compareTo(BigDecimal.valueOf(12)));
        assertTrue(core.examBank().size() >= 30, "TCM core bank has " + core.examBank().size());
        for (String id : List.of("ky-tcm-smi", "ky-tcm-sud", "ky-tcm-sed", "ky-tcm-cooccurring")) {
            Course specialty = course(id);
            assertEquals(CourseKind.SPECIALTY, specialty.kind(), id);
            assertEquals(0, specialty.requiredHours().compareTo(BigDecimal.valueOf(6)), id);
            assertEquals(List.of("ky-tcm-core"), specialty.settings().prerequisites(), id);
        }
        Course sud = course("ky-tcm-sud");
        assertTrue(sud.liveOnly(), "the SUD specialty must be delivered live");
        assertTrue(sud.settings().formats().stream().allMatch(DeliveryFormat::isLive));
    }

    @Test
    void continuingEducationHasPostTestsOfSixToEightQuestionsPerHour() {
        List<Course> ce = catalog.courses().values().stream().filter(c -> c.kind() == CourseKind.CONTINUING_EDUCATION).toList();
        assertTrue(ce.size() >= 3, "continuing-education courses: " + ce.size());
        for (Course course : ce) {
            int drawn = course.settings().postTest().questionsPerCompetency().values().stream().mapToInt(Integer::intValue).sum();
            BigDecimal perHour = BigDecimal.valueOf(drawn).divide(course.requiredHours(), 2, java.math.RoundingMode.HALF_UP);
            assertTrue(perHour.compareTo(BigDecimal.valueOf(6)) >= 0 && perHour.compareTo(BigDecimal.valueOf(8)) <= 0,
                    course.id() + " draws " + perHour + " questions per hour");
            assertTrue(course.settings().postTest().passPercent() >= 75, course.id());
        }
    }

    @Test
    void modulesAreRealTeachingTextOfFiveHundredWordsOrMore() {
        for (Course course : catalog.courses().values()) {
            for (Module module : course.modules()) {
                int words = module.html().replaceAll("<[^>]+>", " ").trim().split("\\s+").length;
                assertTrue(words >= 500, module.file() + " has " + words + " words");
                assertTrue(!module.html().toLowerCase().contains("lorem ipsum") && !module.html().contains("TODO"), module.file());
            }
        }
    }

    @Test
    void questionIdsAreUniqueAndEveryQuestionIsWellFormed() {
        for (Course course : catalog.courses().values()) {
            List<Question> all = new java.util.ArrayList<>(course.examBank());
            course.modules().forEach(m -> all.addAll(m.knowledgeCheck()));
            assertEquals(all.size(), all.stream().map(Question::id).distinct().count(), course.id());
            all.forEach(q -> assertTrue(q.violations().isEmpty(), course.id() + " " + q.id() + " " + q.violations()));
        }
    }

    private static Course course(String id) {
        Course course = catalog.courses().get(id);
        assertTrue(course != null, id + " is not in the catalog; problems: " + catalog.problems());
        return course;
    }
}

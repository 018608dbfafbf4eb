package org.peercert.oral;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rubric's arithmetic: totals, the minimum total, per-criterion minimums and points that do not fit. */
class RubricArithmeticTest {

    private static final OralRubric RUBRIC = new OralRubric(new RubricSettings("Test", 30, EligibilityRule.HOURS_COMPLETE, null,
            null, new RubricSettings.PassRule(5), List.of(
            criterion("listening", null, 0, 1, 2, 3),
            criterion("ethics", 2, 0, 2, 4))), "", "test/oral.md");

    private static RubricSettings.Criterion criterion(String id, Integer minimum, int... points) {
        return new RubricSettings.Criterion(id, id, minimum, java.util.Arrays.stream(points)
                .mapToObj(p -> new RubricSettings.Level(p, "L" + p, "descriptor " + p)).toList());
    }

    @Test
    void theMostPointsAreTheSumOfEachCriterionsTopLevel() {
        assertEquals(7, RUBRIC.maxTotal());
    }

    @Test
    void reachingTheMinimumTotalAndEveryMinimumPasses() throws Exception {
        OralRubric.Tally tally = RUBRIC.tally(Map.of("listening", 3, "ethics", 2));
        assertEquals(5, tally.total());
        assertTrue(tally.passed());
        assertEquals(List.of(), tally.belowMinimum());
    }

    @Test
    void oneCriterionBelowItsMinimumFailsWhateverTheTotal() throws Exception {
        OralRubric.Tally tally = RUBRIC.tally(Map.of("listening", 3, "ethics", 0));
        assertEquals(3, tally.total());
        assertFalse(tally.passed());
        assertEquals(List.of("ethics"), tally.belowMinimum());
    }

    @Test
    void aTotalOnePointShortFails() throws Exception {
        OralRubric.Tally tally = RUBRIC.tally(Map.of("listening", 0, "ethics", 4));
        assertEquals(4, tally.total());
        assertFalse(tally.passed());
        assertEquals(List.of(), tally.belowMinimum());
    }

    @Test
    void pointsThatAreNoLevelAMissingCriterionAndAnUnknownOneAreEachNamed() {
        OralRubric.ScoreProblem problem = assertThrows(OralRubric.ScoreProblem.class,
                () -> RUBRIC.tally(Map.of("ethics", 3, "charisma", 2)));
        assertTrue(problem.getMessage().contains("charisma: is not a criterion"), problem.getMessage());
        assertTrue(problem.getMessage().contains("listening: is not scored"), problem.getMessage());
        assertTrue(problem.getMessage().contains("ethics: 3 is not one of its levels' points [0, 2, 4]"), problem.getMessage());
    }
}

package org.peercert.oral;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A course's oral-exam rubric as loaded from its folder: the settings and criteria of its front
 * matter, and its body (guidance for examiners) as safe HTML. It also does the rubric's
 * arithmetic: a total from one examiner's points, and whether they pass.
 *
 * @param file path relative to the courses folder, e.g. {@code ky-apss/oral.md}
 */
public record OralRubric(RubricSettings settings, String guidanceHtml, String file) {

    /** Retakes after a failed first sitting, when the rubric does not say. */
    public static final int DEFAULT_RETAKES = 2;
    /** Days between a failed sitting and the next, when the rubric does not say. */
    public static final int DEFAULT_WAIT_DAYS = 7;

    /** One examiner's points totalled and judged against the pass rule. */
    public record Tally(Map<String, Integer> points, int total, int maxTotal, boolean passed, List<String> belowMinimum) {
    }

    public List<RubricSettings.Criterion> criteria() {
        return settings.criteria();
    }

    /**
     * A score's points in the rubric's order, as examiners read the criteria (stored points keep
     * no order of their own); a criterion the rubric no longer has comes last.
     */
    public static List<ScorePoint> inRubricOrder(Optional<OralRubric> rubric, List<ScorePoint> points) {
        List<String> order = rubric.map(r -> r.criteria().stream().map(RubricSettings.Criterion::id).toList()).orElse(List.of());
        return points.stream().sorted(java.util.Comparator.comparingInt(p -> {
            int at = order.indexOf(p.criterionId());
            return at < 0 ? Integer.MAX_VALUE : at;
        })).toList();
    }

    public Optional<RubricSettings.Criterion> criterion(String id) {
        return criteria().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public int maxTotal() {
        return criteria().stream().mapToInt(RubricSettings.Criterion::maxPoints).sum();
    }

    public int minimumTotal() {
        return settings.pass().minimumTotal();
    }

    public EligibilityRule eligibility() {
        return settings.eligibility() == null ? EligibilityRule.WRITTEN_EXAM_PASSED : settings.eligibility();
    }

    public int retakesAllowed() {
        return settings.retakes() == null || settings.retakes().allowed() == null ? DEFAULT_RETAKES : settings.retakes().allowed();
    }

    public int retakeWaitDays() {
        return settings.retakes() == null || settings.retakes().waitDays() == null ? DEFAULT_WAIT_DAYS : settings.retakes().waitDays();
    }

    public boolean noShowCountsAsAttempt() {
        return settings.retakes() == null || !Boolean.FALSE.equals(settings.retakes().noShowCountsAsAttempt());
    }

    /**
     * Totals one examiner's points, one per criterion, each one of the criterion's levels. Passing
     * needs the minimum total and every criterion's own minimum. Answers the problems instead when
     * a criterion is missing, unknown or scored with points that are not one of its levels.
     */
    public Tally tally(Map<String, Integer> given) throws ScoreProblem {
        List<String> problems = new ArrayList<>();
        given.keySet().stream().filter(id -> criterion(id).isEmpty())
                .forEach(id -> problems.add(id + ": is not a criterion of this rubric"));
        Map<String, Integer> points = new LinkedHashMap<>();
        List<String> below = new ArrayList<>();
        for (RubricSettings.Criterion c : criteria()) {
            Integer p = given.get(c.id());
            if (p == null) {
                problems.add(c.id() + ": is not scored; choose one of its levels");
            } else if (!c.allows(p)) {
                problems.add(c.id() + ": " + p + " is not one of its levels' points " + c.levels().stream()
                        .map(RubricSettings.Level::points).toList());
            } else {
                points.put(c.id(), p);
                if (c.minimum() != null && p < c.minimum()) {
                    below.add(c.id());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ScoreProblem(String.join("; ", problems) + ".");
        }
        int total = points.values().stream().mapToInt(Integer::intValue).sum();
        return new Tally(points, total, maxTotal(), total >= minimumTotal() && below.isEmpty(), below);
    }

    /** Points that do not fit the rubric; the message names each criterion to fix. */
    public static class ScoreProblem extends Exception {
        public ScoreProblem(String message) {
            super(message);
        }
    }
}

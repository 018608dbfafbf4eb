package org.peercert.oral;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The front matter of a course's oral-exam rubric ({@code oral.md}), exactly as authors write it
 * (see courses/README.md). {@link #violations()} lists every rule it breaks, by field.
 *
 * @param minutes             how long an exam takes; the slot length offered by default
 * @param eligibility         who may book; {@code written-exam-passed} when left out
 * @param noChangeWindowHours hours before the start inside which only staff change a booking;
 *                            the configured default (24) when left out
 */
public record RubricSettings(String title, Integer minutes, EligibilityRule eligibility, Integer noChangeWindowHours,
                             RetakePolicy retakes, PassRule pass, List<Criterion> criteria) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** What passes: a minimum total; each criterion may add its own minimum. */
    public record PassRule(Integer minimumTotal) {
    }

    /**
     * Another sitting after a failed one: how many, how long after, and whether missing an exam
     * without cancelling uses up a sitting.
     */
    public record RetakePolicy(Integer allowed, Integer waitDays, Boolean noShowCountsAsAttempt) {
    }

    /** One thing the examiners judge, with a descriptor for each level they may score. */
    public record Criterion(String id, String title, Integer minimum, List<Level> levels) {

        /** The most points this criterion can give. */
        public int maxPoints() {
            return levels.stream().mapToInt(Level::points).max().orElse(0);
        }

        public boolean allows(int points) {
            return levels.stream().anyMatch(l -> l.points() == points);
        }
    }

    /** A level of a criterion: its points, a short label and what the examiner sees at this level. */
    public record Level(Integer points, String label, String descriptor) {
    }

    /** A broken rule: the field concerned and what is wrong. */
    public record Violation(String field, String message) {
    }

    public List<Violation> violations() {
        List<Violation> found = new ArrayList<>();
        if (blank(title)) {
            found.add(new Violation("title", "is missing"));
        }
        if (minutes == null || minutes < 5 || minutes > 240 || minutes % 5 != 0) {
            found.add(new Violation("minutes", "must be the exam's length in minutes: a multiple of 5 from 5 to 240"));
        }
        if (noChangeWindowHours != null && (noChangeWindowHours < 0 || noChangeWindowHours > 24 * 14)) {
            found.add(new Violation("noChangeWindowHours", "must be between 0 and 336 hours"));
        }
        retakes(found);
        int maxTotal = criteria(found);
        if (pass == null || pass.minimumTotal() == null) {
            found.add(new Violation("pass.minimumTotal", "is missing; say how many points pass"));
        } else if (pass.minimumTotal() < 1 || (maxTotal > 0 && pass.minimumTotal() > maxTotal)) {
            found.add(new Violation("pass.minimumTotal", "is " + pass.minimumTotal()
                    + " but must be from 1 to the rubric's most points, " + maxTotal));
        }
        return found;
    }

    private void retakes(List<Violation> found) {
        if (retakes == null) {
            return;
        }
        if (retakes.allowed() != null && (retakes.allowed() < 0 || retakes.allowed() > 10)) {
            found.add(new Violation("retakes.allowed", "must be from 0 to 10 sittings after the first"));
        }
        if (retakes.waitDays() != null && (retakes.waitDays() < 0 || retakes.waitDays() > 365)) {
            found.add(new Violation("retakes.waitDays", "must be from 0 to 365 days"));
        }
    }

    /** Checks every criterion; answers the rubric's most points (0 when it has none). */
    private int criteria(List<Violation> found) {
        if (criteria == null || criteria.isEmpty()) {
            found.add(new Violation("criteria", "lists none; a rubric needs at least one criterion"));
            return 0;
        }
        Set<String> ids = new HashSet<>();
        int max = 0;
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            String at = "criteria[" + i + "]";
            if (c.id() == null || !ID.matcher(c.id()).matches() || !ids.add(c.id())) {
                found.add(new Violation(at + ".id", "must be a unique id of lower-case words joined by hyphens"));
            }
            if (blank(c.title())) {
                found.add(new Violation(at + ".title", "is missing"));
            }
            if (levels(c, at, found)) {
                max += c.maxPoints();
                if (c.minimum() != null && (c.minimum() < 0 || c.minimum() > c.maxPoints())) {
                    found.add(new Violation(at + ".minimum", "is " + c.minimum() + " but the criterion gives 0 to " + c.maxPoints()));
                }
            }
        }
        return max;
    }

    private static boolean levels(Criterion c, String at, List<Violation> found) {
        if (c.levels() == null || c.levels().size() < 2) {
            found.add(new Violation(at + ".levels", "needs at least two levels, each with points, label and descriptor"));
            return false;
        }
        Set<Integer> points = new HashSet<>();
        boolean ok = true;
        for (int j = 0; j < c.levels().size(); j++) {
            Level level = c.levels().get(j);
            String here = at + ".levels[" + j + "]";
            if (level.points() == null || level.points() < 0 || !points.add(level.points())) {
                found.add(new Violation(here + ".points", "must be 0 or more, and differ from the other levels' points"));
                ok = false;
            }
            if (blank(level.label())) {
                found.add(new Violation(here + ".label", "is missing"));
            }
            if (blank(level.descriptor())) {
                found.add(new Violation(here + ".descriptor", "is missing; say what an examiner sees at this level"));
            }
        }
        return ok;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

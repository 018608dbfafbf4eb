package org.peercert.hours;

import java.util.List;

/**
 * A trainee's hours in one course against its requirement, by competency. Minutes earned beyond
 * a competency's requirement do not fill another competency.
 */
public record Progress(String courseId, int hourMinutes, List<CompetencyProgress> competencies) {

    /** One competency: required and earned clock minutes. */
    public record CompetencyProgress(String id, String title, int requiredMinutes, int earnedMinutes) {

        public int countedMinutes() {
            return Math.max(0, Math.min(earnedMinutes, requiredMinutes));
        }

        public int remainingMinutes() {
            return requiredMinutes - countedMinutes();
        }

        public int percent() {
            return requiredMinutes == 0 ? 100 : countedMinutes() * 100 / requiredMinutes;
        }

        public boolean complete() {
            return earnedMinutes >= requiredMinutes;
        }
    }

    public int requiredMinutes() {
        return competencies.stream().mapToInt(CompetencyProgress::requiredMinutes).sum();
    }

    public int countedMinutes() {
        return competencies.stream().mapToInt(CompetencyProgress::countedMinutes).sum();
    }

    public int remainingMinutes() {
        return requiredMinutes() - countedMinutes();
    }

    public int percent() {
        return requiredMinutes() == 0 ? 100 : countedMinutes() * 100 / requiredMinutes();
    }

    /** Every competency's hours are met: the course's hours are complete. */
    public boolean complete() {
        return competencies.stream().allMatch(CompetencyProgress::complete);
    }
}

package org.peercert.oral;

import org.peercert.course.Course;

import java.util.List;

/**
 * A course's oral-exam rubric for the API: the settings, the criteria with their levels, and the
 * pass rule. The examiners' guidance is for staff; trainees get null.
 */
public record RubricView(String courseId, String title, int minutes, String eligibility, long noChangeWindowHours,
                         int retakesAllowed, int retakeWaitDays, boolean noShowCountsAsAttempt, int minimumTotal,
                         int maxTotal, List<RubricSettings.Criterion> criteria, String guidanceHtml) {

    static RubricView of(Course course, OralRubric r, long windowHours, boolean staff) {
        return new RubricView(course.id(), r.settings().title(), r.settings().minutes(), r.eligibility().code(), windowHours,
                r.retakesAllowed(), r.retakeWaitDays(), r.noShowCountsAsAttempt(), r.minimumTotal(), r.maxTotal(),
                r.criteria(), staff ? r.guidanceHtml() : null);
    }
}

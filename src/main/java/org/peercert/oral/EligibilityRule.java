package org.peercert.oral;

import com.fasterxml.jackson.annotation.JsonProperty;

/** When a trainee may book an oral exam of a course, beside being enrolled in it. */
public enum EligibilityRule {
    /** The course's written exam is passed (the default). */
    @JsonProperty("written-exam-passed") WRITTEN_EXAM_PASSED,
    /** The course's training hours are complete. */
    @JsonProperty("hours-complete") HOURS_COMPLETE;

    /** The word used in rubric files and the API. */
    public String code() {
        return this == WRITTEN_EXAM_PASSED ? "written-exam-passed" : "hours-complete";
    }
}

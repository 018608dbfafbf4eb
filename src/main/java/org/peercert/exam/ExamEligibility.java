package org.peercert.exam;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * When a course's written exam or post-test opens to an enrolled trainee (course front matter
 * {@code eligibility}). Kentucky's path opens the written exam once the hours are complete.
 */
public enum ExamEligibility {
    /** Only once the course's hours are complete in the ledger (the default). */
    @JsonProperty("hours-complete") HOURS_COMPLETE,
    /** As soon as the trainee is enrolled, e.g. a short CE post-test taken right after a live session. */
    @JsonProperty("enrolled") ENROLLED
}

package org.peercert.course;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a course leads to; it decides which exams and completion rules apply. */
public enum CourseKind {
    /** Initial certification training (written and oral exams), e.g. the APSS 30 hours. */
    @JsonProperty("certification") CERTIFICATION,
    /** A TCM specialty: a post-test and the evaluation form. */
    @JsonProperty("specialty") SPECIALTY,
    /** Yearly continuing education for certified specialists: a post-test and the evaluation form. */
    @JsonProperty("continuing-education") CONTINUING_EDUCATION;

    /** The word used in course files, URLs and the API. */
    public String code() {
        return switch (this) {
            case CERTIFICATION -> "certification";
            case SPECIALTY -> "specialty";
            case CONTINUING_EDUCATION -> "continuing-education";
        };
    }
}

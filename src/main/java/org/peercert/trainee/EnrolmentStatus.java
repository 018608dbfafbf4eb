package org.peercert.trainee;

/** Where a person stands with a course, for its page: enrolled, waiting for approval, or neither. */
public enum EnrolmentStatus {
    ENROLLED, REQUESTED, NONE;

    public static EnrolmentStatus of(String trainee, String courseId) {
        if (trainee == null) {
            return NONE;
        }
        if (Enrolment.of(trainee, courseId).isPresent()) {
            return ENROLLED;
        }
        return EnrolmentRequest.pending(trainee, courseId).isPresent() ? REQUESTED : NONE;
    }
}

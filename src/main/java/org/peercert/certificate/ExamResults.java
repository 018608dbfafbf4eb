package org.peercert.certificate;

import org.peercert.course.Course;

/**
 * Where the completion rule learns a trainee's exam results: the written exam or post-test and
 * the oral exam ({@link ExamResultsOfRecord}). Each method answers met, with when the exam was
 * passed, or unmet, with what the trainee must still do.
 */
public interface ExamResults {

    /** Certification courses: the written exam. */
    RequirementCheck writtenExam(String traineeSubject, Course course);

    /** Certification courses: the oral exam. */
    RequirementCheck oralExam(String traineeSubject, Course course);

    /** Specialty and continuing-education courses: the post-test. */
    RequirementCheck postTest(String traineeSubject, Course course);
}

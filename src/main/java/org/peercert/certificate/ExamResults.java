package org.peercert.certificate;

import org.peercert.course.Course;

/**
 * Where the completion rule learns a trainee's exam results: the extension point for the written
 * exam and post-test (issue 5) and the oral exam (issue 6). Each method answers met, with when the
 * exam was passed, or unmet, with what the trainee must still do. Until those features provide a
 * bean of this type, {@link UnwiredExamResults} answers: every exam refuses, so no certificate
 * that needs an exam can be issued.
 */
public interface ExamResults {

    /** Certification courses: the written exam. */
    RequirementCheck writtenExam(String traineeSubject, Course course);

    /** Certification courses: the oral exam. */
    RequirementCheck oralExam(String traineeSubject, Course course);

    /** Specialty and continuing-education courses: the post-test. */
    RequirementCheck postTest(String traineeSubject, Course course);
}

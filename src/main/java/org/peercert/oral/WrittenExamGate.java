package org.peercert.oral;

/**
 * Whether a trainee has passed a course's written exam: the default rule for booking its oral
 * exam. The written exams answer it ({@link WrittenExamPassed}); the oral exams need no more of them.
 */
public interface WrittenExamGate {

    /** The sentence a trainee reads when the gate is closed. */
    String NOT_PASSED = "the written exam has not been passed";

    boolean passed(String traineeSubject, String courseId);
}

package org.peercert.oral;

/**
 * Whether a trainee has passed a course's written exam: the default rule for booking its oral
 * exam. The written-exam feature answers it; until that is merged in, the only implementation
 * refuses everyone ({@link WrittenExamNotYetConnected}).
 */
public interface WrittenExamGate {

    /** The sentence a trainee reads when the gate is closed. */
    String NOT_PASSED = "the written exam has not been passed";

    boolean passed(String traineeSubject, String courseId);
}

package org.peercert.oral;

import jakarta.enterprise.context.ApplicationScoped;
import org.peercert.exam.WrittenExams;

/** The written-exam gate answered by the written exams themselves: a passed, submitted attempt. */
@ApplicationScoped
public class WrittenExamPassed implements WrittenExamGate {

    private final WrittenExams writtenExams;

    public WrittenExamPassed(WrittenExams writtenExams) {
        this.writtenExams = writtenExams;
    }

    @Override
    public boolean passed(String traineeSubject, String courseId) {
        return writtenExams.passed(traineeSubject, courseId).isPresent();
    }
}

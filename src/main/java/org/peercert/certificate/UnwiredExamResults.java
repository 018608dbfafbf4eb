package org.peercert.certificate;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import org.peercert.course.Course;

/**
 * The exam results until the exam features are connected: nothing is ever passed, and the trainee
 * reads why. Replaced by any other {@link ExamResults} bean (this one is only the default).
 */
@DefaultBean
@ApplicationScoped
public class UnwiredExamResults implements ExamResults {

    @Override
    public RequirementCheck writtenExam(String traineeSubject, Course course) {
        return RequirementCheck.unmet("written-exam", "Written exam: results are not connected to certificates yet, "
                + "so a passed written exam cannot be counted. Ask your training provider.");
    }

    @Override
    public RequirementCheck oralExam(String traineeSubject, Course course) {
        return RequirementCheck.unmet("oral-exam", "Oral exam: results are not connected to certificates yet, "
                + "so a passed oral exam cannot be counted. Ask your training provider.");
    }

    @Override
    public RequirementCheck postTest(String traineeSubject, Course course) {
        return RequirementCheck.unmet("post-test", "Post-test: results are not connected to certificates yet, "
                + "so a passed post-test cannot be counted. Ask your training provider.");
    }
}

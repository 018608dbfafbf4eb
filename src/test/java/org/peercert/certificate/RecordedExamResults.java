package org.peercert.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.peercert.course.Course;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * For the certificate tests of {@link CertificateProfile} only, on fixture courses: an exam counts
 * as passed once a test records it, so those tests stay about certificates. Every other test run,
 * and production, counts the exams' own records ({@link ExamResultsOfRecord}); the whole path with
 * real exams is {@code TraineePathTest}.
 */
@Alternative
@ApplicationScoped
public class RecordedExamResults implements ExamResults {

    private final Map<String, Instant> passes = new ConcurrentHashMap<>();

    /** Records that {@code trainee} passed {@code exam} (written-exam, oral-exam or post-test) in a course. */
    public void pass(String trainee, String courseId, String exam) {
        passes.put(key(trainee, courseId, exam), Instant.now());
    }

    @Override
    public RequirementCheck writtenExam(String trainee, Course course) {
        return check(trainee, course, "written-exam", "Written exam");
    }

    @Override
    public RequirementCheck oralExam(String trainee, Course course) {
        return check(trainee, course, "oral-exam", "Oral exam");
    }

    @Override
    public RequirementCheck postTest(String trainee, Course course) {
        return check(trainee, course, "post-test", "Post-test");
    }

    private RequirementCheck check(String trainee, Course course, String exam, String label) {
        Instant passed = passes.get(key(trainee, course.id(), exam));
        return passed == null ? RequirementCheck.unmet(exam, label + ": not passed yet.")
                : RequirementCheck.met(exam, label + ": passed.", passed);
    }

    private static String key(String trainee, String courseId, String exam) {
        return trainee + "|" + courseId + "|" + exam;
    }
}

package org.peercert.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import org.peercert.course.Course;
import org.peercert.exam.WrittenExams;
import org.peercert.oral.OralResults;
import org.peercert.web.TimeFormats;

import java.time.Instant;
import java.util.Optional;

/**
 * The exam results the completion rule counts, read from the exams' own records: a submitted,
 * passed written exam or post-test, and a settled, passed oral exam.
 */
@ApplicationScoped
public class ExamResultsOfRecord implements ExamResults {

    private final WrittenExams writtenExams;
    private final OralResults oralResults;

    public ExamResultsOfRecord(WrittenExams writtenExams, OralResults oralResults) {
        this.writtenExams = writtenExams;
        this.oralResults = oralResults;
    }

    @Override
    public RequirementCheck writtenExam(String trainee, Course course) {
        return written("written-exam", "Written exam", trainee, course);
    }

    @Override
    public RequirementCheck postTest(String trainee, Course course) {
        return written("post-test", "Post-test", trainee, course);
    }

    @Override
    public RequirementCheck oralExam(String trainee, Course course) {
        if (course.oralExam().isEmpty()) {
            return RequirementCheck.unmet("oral-exam", "Oral exam: " + course.title()
                    + " has no oral exam set up yet, so it cannot be passed. Ask your training provider.");
        }
        Optional<Instant> passed = oralResults.passedAt(trainee, course.id());
        return passed.map(at -> RequirementCheck.met("oral-exam", "Oral exam: passed on " + TimeFormats.local(at) + ".", at))
                .orElseGet(() -> RequirementCheck.unmet("oral-exam", "Oral exam: not passed yet. "
                        + "Book it on your oral exam page once the written exam is passed."));
    }

    private RequirementCheck written(String requirement, String name, String trainee, Course course) {
        return writtenExams.passed(trainee, course.id())
                .map(pass -> RequirementCheck.met(requirement, name + ": passed with " + pass.scorePercent().stripTrailingZeros()
                        .toPlainString() + "% on " + TimeFormats.local(pass.passedAt()) + ".", pass.passedAt()))
                .orElseGet(() -> RequirementCheck.unmet(requirement, name + ": not passed yet. "
                        + "It opens on your exams page once your hours are complete."));
    }
}

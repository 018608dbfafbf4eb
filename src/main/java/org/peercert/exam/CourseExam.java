package org.peercert.exam;

import org.peercert.course.Course;
import org.peercert.course.CourseFrontMatter.ExamSettings;
import org.peercert.web.UserFacingException;

import java.util.Optional;

/** A course's one test: the written exam of a certification course, or the post-test of the others. */
public record CourseExam(Course course, ExamKind kind, ExamSettings settings) {

    public static Optional<CourseExam> of(Course course) {
        if (course.settings().writtenExam() != null) {
            return Optional.of(new CourseExam(course, ExamKind.WRITTEN_EXAM, course.settings().writtenExam()));
        }
        if (course.settings().postTest() != null) {
            return Optional.of(new CourseExam(course, ExamKind.POST_TEST, course.settings().postTest()));
        }
        return Optional.empty();
    }

    public static CourseExam require(Course course) {
        return of(course).orElseThrow(() -> new UserFacingException(404,
                course.title() + " has no written exam or post-test."));
    }

    public String courseId() {
        return course.id();
    }

    public String title() {
        return course.title();
    }
}

package org.peercert.oral;

import io.quarkus.test.junit.QuarkusTestProfile;
import org.peercert.course.CourseFolders;
import org.peercert.course.CourseFixture;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The oral-exam tests' service: a copy of the shipped courses (whose oral exams wait for the
 * written exam) plus small courses whose oral exam opens when the hours are complete, one per
 * test so that their bookings never meet; and the clock a test can move to the day of an exam.
 */
public class OralTestProfile implements QuarkusTestProfile {

    /** Courses with an oral exam open once hours are complete (one competency, "basics", 1 h). */
    public static final List<String> HOURS_COURSES = List.of("oral-race", "oral-window", "oral-mail", "oral-access",
            "oral-score", "oral-panel", "oral-retake", "oral-browser", "oral-db", "oral-remind", "oral-pages");

    static final Path ROOT = copyOfCourses();

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("lms.courses-dir", ROOT.toString());
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(TravellingClock.class);
    }

    /** A course's title, told apart on pages: "oral-browser" is "Oral Browser Course". */
    static String title(String id) {
        StringBuilder title = new StringBuilder();
        for (String word : id.split("-")) {
            title.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1)).append(' ');
        }
        return title.append("Course").toString();
    }

    private static Path copyOfCourses() {
        Path root = CourseFolders.copyOfShipped("peercert-oral-courses-");
        for (String id : HOURS_COURSES) {
            Path folder = CourseFixture.writeWithOralExam(root, id);
            CourseFixture.edit(folder.resolve("course.md"), "title: Fixture Course", "title: " + title(id));
        }
        return root;
    }
}

package org.peercert.hours;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.peercert.course.Course;
import org.peercert.course.CourseCatalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the ledger: a trainee's lines in a course, and their totals by competency against the
 * course's requirement. Credit hours become clock minutes with the course's hour length.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HoursLedger {

    private final CourseCatalog catalog;

    public HoursLedger(CourseCatalog catalog) {
        this.catalog = catalog;
    }

    public List<HoursEntry> entries(String trainee, String courseId) {
        return HoursEntry.of(trainee, courseId);
    }

    public Progress progress(String trainee, Course course) {
        Map<String, Integer> earned = entries(trainee, course.id()).stream()
                .collect(Collectors.groupingBy(e -> e.competencyId, Collectors.summingInt(e -> e.minutes)));
        return new Progress(course.id(), course.hourMinutes(), course.competencies().stream()
                .map(c -> new Progress.CompetencyProgress(c.id(), c.title(), minutes(c.hours(), course.hourMinutes()),
                        earned.getOrDefault(c.id(), 0)))
                .toList());
    }

    /** Whether the trainee's hours in a course are complete (false for a course not in the catalog). */
    public boolean hoursComplete(String trainee, String courseId) {
        return catalog.find(courseId).map(course -> progress(trainee, course).complete()).orElse(false);
    }

    /**
     * When the trainee's hours in a course became complete: the time of the line that completed
     * them, replaying the ledger in order (a later correction that takes hours away undoes it).
     */
    public java.util.Optional<java.time.Instant> completedAt(String trainee, Course course) {
        Map<String, Integer> required = course.competencies().stream()
                .collect(Collectors.toMap(c -> c.id(), c -> minutes(c.hours(), course.hourMinutes())));
        Map<String, Integer> earned = new java.util.HashMap<>();
        java.time.Instant completed = null;
        for (HoursEntry entry : entries(trainee, course.id())) {
            earned.merge(entry.competencyId, entry.minutes, Integer::sum);
            boolean complete = required.entrySet().stream().allMatch(r -> earned.getOrDefault(r.getKey(), 0) >= r.getValue());
            completed = complete ? (completed == null ? entry.recordedAt : completed) : null;
        }
        return java.util.Optional.ofNullable(completed);
    }

    /** Credit hours as clock minutes: 1.5 h of 50-minute hours is 75 minutes. */
    public static int minutes(BigDecimal hours, int hourMinutes) {
        return hours.multiply(BigDecimal.valueOf(hourMinutes)).setScale(0, java.math.RoundingMode.HALF_UP).intValueExact();
    }
}

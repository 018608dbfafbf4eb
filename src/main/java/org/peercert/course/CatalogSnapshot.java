package org.peercert.course;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The catalog at one moment: the courses served (by id, in id order) and the problems found in
 * the course files. A broken course's last good version stays in {@code courses}.
 */
public record CatalogSnapshot(Map<String, Course> courses, List<CourseProblem> problems, Instant loadedAt) {

    /** A course served, and whether it is a last good version because its files now have a problem. */
    public record Served(Course course, boolean lastGood) {
    }

    public List<Served> served() {
        return courses.entrySet().stream().map(e -> new Served(e.getValue(), problems.stream().anyMatch(p ->
                p.file().equals(e.getKey()) || p.file().startsWith(e.getKey() + "/")))).toList();
    }

    public static CatalogSnapshot empty() {
        return new CatalogSnapshot(Map.of(), List.of(), Instant.EPOCH);
    }
}

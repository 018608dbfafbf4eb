package org.peercert.course;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The catalog at one moment: the courses served (by id, in id order) and the problems found in
 * the course files. A broken course's last good version stays in {@code courses}.
 */
public record CatalogSnapshot(Map<String, Course> courses, List<CourseProblem> problems, Instant loadedAt) {

    public static CatalogSnapshot empty() {
        return new CatalogSnapshot(Map.of(), List.of(), Instant.EPOCH);
    }
}

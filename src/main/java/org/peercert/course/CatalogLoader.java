package org.peercert.course;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Loads every course folder under the root into a new snapshot, keeping last good versions. */
final class CatalogLoader {

    private final Path root;
    private final CourseLoader courses;

    CatalogLoader(Path root) {
        this.root = root;
        this.courses = new CourseLoader(root);
    }

    Path root() {
        return root;
    }

    CatalogSnapshot load(CatalogSnapshot previous) {
        List<CourseProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            problems.add(new CourseProblem(root.toString(), 0, "", "is not a folder: set LMS_COURSES_DIR to the courses folder"));
            return new CatalogSnapshot(previous.courses(), problems, Instant.now());
        }
        Map<String, Course> loaded = new TreeMap<>();
        for (Path folder : folders()) {
            CourseLoader.Result result = loadIsolated(folder);
            if (result.ok()) {
                loaded.put(result.folder(), result.course());
            } else {
                problems.addAll(result.problems());
                Course lastGood = previous.courses().get(result.folder());
                if (lastGood != null) {
                    loaded.put(result.folder(), lastGood);
                }
            }
        }
        checkPrerequisites(loaded, problems, previous);
        return new CatalogSnapshot(Collections.unmodifiableMap(loaded), List.copyOf(problems), Instant.now());
    }

    /** One course's failure, however strange the file, never stops the others from loading. */
    private CourseLoader.Result loadIsolated(Path folder) {
        try {
            return courses.load(folder);
        } catch (RuntimeException e) {
            String file = root.relativize(folder).toString();
            return new CourseLoader.Result(file, null, List.of(new CourseProblem(file, 0, "",
                    "could not be read (" + e.getClass().getSimpleName() + "); check its files for stray characters or empty list items")));
        }
    }

    /**
     * A prerequisite must be a course of the catalog. A course naming an unknown one is replaced
     * by its last good version, or left out; repeated until nothing changes, since leaving one
     * course out can break another's prerequisite.
     */
    private void checkPrerequisites(Map<String, Course> loaded, List<CourseProblem> problems, CatalogSnapshot previous) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Course course : List.copyOf(loaded.values())) {
                List<String> unknown = course.settings().prerequisites() == null ? List.of()
                        : course.settings().prerequisites().stream().filter(p -> p == null || !loaded.containsKey(p)).toList();
                if (unknown.isEmpty()) {
                    continue;
                }
                problems.add(new CourseProblem(course.id() + "/course.md", 0, "prerequisites",
                        "names courses that are not in the catalog: " + unknown));
                Course lastGood = previous.courses().get(course.id());
                if (lastGood != null && lastGood != course) {
                    loaded.put(course.id(), lastGood);
                } else {
                    loaded.remove(course.id());
                }
                changed = true;
            }
        }
    }

    private List<Path> folders() {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names, sizes and modification times of every file: cheap to compute every few seconds. */
    String fingerprint() {
        if (!Files.isDirectory(root)) {
            return "missing";
        }
        StringBuilder print = new StringBuilder();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                print.append(file).append('|').append(a.size()).append('|').append(a.lastModifiedTime().toMillis()).append('\n');
            }
        } catch (IOException e) {
            return "unreadable:" + e.getMessage(); // a file vanished mid-walk: try again next time
        }
        return print.toString();
    }
}

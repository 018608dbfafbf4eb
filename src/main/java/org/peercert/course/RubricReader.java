package org.peercert.course;

import org.peercert.oral.EligibilityRule;
import org.peercert.oral.OralRubric;
import org.peercert.oral.RubricSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Finds and reads a course's oral-exam rubric: the file {@code oralExam.rubric} of course.md names,
 * or {@code oral.md} when course.md says nothing. A course without either has no oral exam.
 */
final class RubricReader {

    static final String DEFAULT_FILE = "oral.md";

    private final Path root;
    private final Consumer<CourseProblem> report;

    RubricReader(Path root, Consumer<CourseProblem> report) {
        this.root = root;
        this.report = report;
    }

    /** The rubric's file in the folder, if the course has one; a bad name is reported at its field. */
    static Optional<Path> locate(Path folder, CourseFrontMatter settings, YamlDocument doc, Consumer<CourseProblem> report) {
        if (settings.oralExam() == null || settings.oralExam().rubric() == null) {
            Path file = folder.resolve(DEFAULT_FILE);
            if (settings.oralExam() != null && !Files.isRegularFile(file)) {
                report.accept(doc.problem("oralExam.rubric", "is missing and there is no " + DEFAULT_FILE
                        + "; name the rubric file of the course folder"));
            }
            return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
        }
        Path file = folder.resolve(settings.oralExam().rubric()).normalize();
        if (!file.startsWith(folder) || !file.getFileName().toString().endsWith(".md") || !Files.isRegularFile(file)) {
            report.accept(doc.problem("oralExam.rubric", "names no Markdown file in the course folder"));
            return Optional.empty();
        }
        return Optional.of(file);
    }

    Optional<OralRubric> read(Path file, CourseFrontMatter course) {
        String name = root.relativize(file).toString();
        CourseMarkdown.Parsed parsed;
        try {
            parsed = CourseMarkdown.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            report.accept(new CourseProblem(name, 0, "", "cannot be read as UTF-8 text: " + e.getMessage()));
            return Optional.empty();
        }
        if (parsed.frontMatter() == null) {
            report.accept(new CourseProblem(name, 1, "", "must start with YAML front matter between two --- lines"));
            return Optional.empty();
        }
        YamlDocument doc = new YamlDocument(name, parsed.frontMatter().yaml(), parsed.frontMatter().firstLine());
        YamlDocument.Bound<RubricSettings> bound = doc.bind(RubricSettings.class);
        if (bound.problem() != null) {
            report.accept(bound.problem());
            return Optional.empty();
        }
        RubricSettings settings = bound.value();
        boolean ok = true;
        for (RubricSettings.Violation violation : settings.violations()) {
            report.accept(doc.problem(violation.field(), violation.message()));
            ok = false;
        }
        if (course.writtenExam() == null && (settings.eligibility() == null || settings.eligibility() == EligibilityRule.WRITTEN_EXAM_PASSED)) {
            report.accept(doc.problem("eligibility", "is written-exam-passed (the default) but course.md has no writtenExam; "
                    + "use hours-complete"));
            ok = false;
        }
        return ok ? Optional.of(new OralRubric(settings, parsed.html(), name)) : Optional.empty();
    }
}

package org.peercert.course;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small, valid continuing-education course written into a temporary courses folder, for tests
 * that break one thing and check how the catalog answers.
 */
final class CourseFixture {

    static final String COURSE_MD = """
            ---
            id: %s
            title: Fixture Course
            summary: A course written by a test.
            kind: continuing-education
            credential: Continuing education
            hours: 1
            hourMinutes: 60
            formats: [live-video, self-paced]
            prerequisites: []
            competencies:
              - id: basics
                title: Basics
                hours: 1
            postTest:
              questionsPerCompetency: { basics: 2 }
              timeLimitMinutes: 20
              passPercent: 75
              attemptsAllowed: 3
            ---
            The overview of the fixture course.
            """;

    static final String MODULE_MD = """
            ---
            title: The Only Module
            competency: basics
            hours: 1
            minimumMinutes: 60
            objectives:
              - Read this module.
            ---
            ## Reading
            
            ORIGINAL TEXT of the module.
            
            ```question
            id: m01-check
            type: true-false
            prompt: Is this a fixture?
            answer: true
            ```
            """;

    static final String BANK_YAML = """
            - id: q1
              competency: basics
              type: single
              prompt: Pick the right one.
              options:
                - text: Right
                  correct: true
                - text: Wrong
            - id: q2
              competency: basics
              type: short-answer
              prompt: Name the colour of the sky.
              accept: [blue]
            """;

    private CourseFixture() {
    }

    /** Writes course {@code id} into {@code root} and returns its folder. */
    static Path write(Path root, String id) {
        try {
            Path folder = Files.createDirectories(root.resolve(id));
            Files.writeString(folder.resolve("course.md"), COURSE_MD.formatted(id));
            Files.writeString(folder.resolve("01-the-only-module.md"), MODULE_MD);
            Files.createDirectories(folder.resolve("exam"));
            Files.writeString(folder.resolve("exam/post-test.yaml"), BANK_YAML);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the first occurrence of {@code from} in a file of the course. */
    static void edit(Path file, String from, String to) {
        try {
            String text = Files.readString(file);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " does not contain " + from);
            }
            Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from),
                    java.util.regex.Matcher.quoteReplacement(to)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

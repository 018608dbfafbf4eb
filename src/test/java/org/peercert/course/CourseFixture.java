package org.peercert.course;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small, valid continuing-education course written into a temporary courses folder, for tests
 * that break one thing and check how the catalog answers.
 */
public final class CourseFixture {

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

    /** A small oral-exam rubric: two criteria of 0 to 3 points, 4 points and 1 on each to pass. */
    public static final String ORAL_MD = """
            ---
            title: Fixture oral exam
            minutes: 30
            eligibility: hours-complete
            noChangeWindowHours: 24
            retakes:
              allowed: 1
              waitDays: 0
              noShowCountsAsAttempt: true
            pass:
              minimumTotal: 4
            criteria:
              - id: listening
                title: Listens
                minimum: 1
                levels:
                  - { points: 3, label: Strong, descriptor: Reflects content and feeling. }
                  - { points: 2, label: Meets, descriptor: Reflects content. }
                  - { points: 1, label: Developing, descriptor: Mostly closed questions. }
                  - { points: 0, label: Not shown, descriptor: Talks over the person. }
              - id: ethics
                title: Judges ethics
                minimum: 2
                levels:
                  - { points: 3, label: Strong, descriptor: Names every limit of confidentiality. }
                  - { points: 2, label: Meets, descriptor: Names the main limits. }
                  - { points: 0, label: Not shown, descriptor: Keeps a disclosure of harm secret. }
            ---
            # Guidance
            
            Ask about confidentiality.
            """;

    private CourseFixture() {
    }

    /** Writes course {@code id} with the fixture's oral-exam rubric as {@code oral.md}. */
    public static Path writeWithOralExam(Path root, String id) {
        Path folder = write(root, id);
        try {
            Files.writeString(folder.resolve("oral.md"), ORAL_MD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
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
    public static void edit(Path file, String from, String to) {
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

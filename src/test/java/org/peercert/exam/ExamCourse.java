package org.peercert.exam;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The benchmarks' course: a 60-question bank whose post-test draws 50, open on enrolment, 45 minutes. */
public final class ExamCourse {

    public static final String ID = "exam-bench";

    private ExamCourse() {
    }

    /** Writes the course's folder into {@code root}; answers {@code root}. */
    public static Path writeInto(Path root) {
        try {
            Path folder = Files.createDirectories(root.resolve(ID).resolve("exam"));
            Files.writeString(folder.getParent().resolve("course.md"), """
                    ---
                    id: exam-bench
                    title: Benchmark Post-Test
                    summary: A course for the exam benchmark.
                    kind: continuing-education
                    credential: Continuing education
                    hours: 1
                    formats: [self-paced]
                    prerequisites: []
                    competencies:
                      - id: basics
                        title: Basics
                        hours: 1
                    postTest:
                      questionsPerCompetency: { basics: 50 }
                      timeLimitMinutes: 45
                      attemptsAllowed: 1
                      eligibility: enrolled
                    ---
                    The overview.
                    """);
            Files.writeString(folder.getParent().resolve("01-basics.md"), "---\ntitle: Basics\ncompetency: basics\nhours: 1\n"
                    + "minimumMinutes: 60\nobjectives:\n  - Read it.\n---\nText.\n");
            StringBuilder bank = new StringBuilder();
            for (int q = 1; q <= 60; q++) {
                bank.append("- id: bench-").append(q).append("\n  competency: basics\n  type: single\n  prompt: Benchmark question ")
                        .append(q).append("?\n  options:\n    - text: Right\n      correct: true\n    - text: Wrong one\n"
                                + "    - text: Wrong two\n    - text: Wrong three\n");
            }
            Files.writeString(folder.resolve("bank.yaml"), bank.toString());
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

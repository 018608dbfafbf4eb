package org.peercert.exam;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A courses folder for the exam tests: a copy of the shipped courses (the browser test sits a
 * real exam) and two small courses written here, whose keys the tests know:
 * <ul>
 *   <li>{@code exam-cert}: a certification course, written exam of six questions, one of each type
 *   and two single choice, opens on complete hours, two attempts, 24 h apart, answers hidden;</li>
 *   <li>{@code exam-ce}: a CE course, post-test of two questions, one minute, open on enrolment,
 *   three attempts, answers shown.</li>
 * </ul>
 */
final class ExamFixture {

    static final String CERT = "exam-cert";
    static final String CE = "exam-ce";
    static final Path ROOT = write();

    private ExamFixture() {
    }

    private static Path write() {
        try {
            Path root = Files.createTempDirectory("peercert-exam-courses-");
            copy(Path.of("courses"), root);
            course(root, CERT, """
                    kind: certification
                    credential: Fixture certificate
                    hours: 2
                    competencies:
                      - id: alpha
                        title: Alpha Skills
                        hours: 1
                      - id: beta
                        title: Beta Skills
                        hours: 1
                    writtenExam:
                      questionsPerCompetency: { alpha: 3, beta: 3 }
                      timeLimitMinutes: 30
                      attemptsAllowed: 2
                      waitHoursBetweenAttempts: 24
                      showAnswersAfterSubmit: false
                    """, CERT_BANK, "alpha", "beta");
            course(root, CE, """
                    kind: continuing-education
                    credential: Continuing education
                    hours: 1
                    competencies:
                      - id: basics
                        title: Basics
                        hours: 1
                    postTest:
                      questionsPerCompetency: { basics: 2 }
                      timeLimitMinutes: 1
                      passPercent: 75
                      attemptsAllowed: 3
                      waitHoursBetweenAttempts: 0
                      showAnswersAfterSubmit: true
                      eligibility: enrolled
                    """, CE_BANK, "basics");
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String CERT_BANK = """
            - id: a-single
              competency: alpha
              type: single
              prompt: "Alpha single: pick the right one."
              options:
                - text: Right alpha
                  correct: true
                - text: Wrong alpha one
                - text: Wrong alpha two
            - id: a-multiple
              competency: alpha
              type: multiple
              prompt: "Alpha multiple: pick both right ones."
              options:
                - text: Right first
                  correct: true
                - text: Wrong middle
                - text: Right second
                  correct: true
            - id: a-true-false
              competency: alpha
              type: true-false
              prompt: "Alpha true-false: peer support is non-clinical."
              answer: true
            - id: b-matching
              competency: beta
              type: matching
              prompt: "Beta matching: match each thing with its colour."
              pairs:
                - { left: sky, right: blue }
                - { left: grass, right: green }
                - { left: snow, right: white }
            - id: b-short
              competency: beta
              type: short-answer
              prompt: "Beta short answer: the capital of Kentucky?"
              accept: [Frankfort]
              explanation: Frankfort has been the capital since 1792.
            - id: b-single
              competency: beta
              type: single
              prompt: "Beta single: pick the right one."
              options:
                - text: Wrong beta
                - text: Right beta
                  correct: true
            """;

    static final String CE_BANK = """
            - id: c-single
              competency: basics
              type: single
              prompt: "Basics single: pick the right one."
              options:
                - text: Right basics
                  correct: true
                - text: Wrong basics
            - id: c-true-false
              competency: basics
              type: true-false
              prompt: "Basics true-false: a CE year runs from the certification anniversary."
              answer: true
            """;

    private static void course(Path root, String id, String settings, String bank, String... competencies) throws IOException {
        Path folder = Files.createDirectories(root.resolve(id));
        Files.writeString(folder.resolve("course.md"), "---\nid: " + id + "\ntitle: Fixture " + id
                + "\nsummary: A course written by the exam tests.\nhourMinutes: 60\nformats: [live-video, self-paced]\n"
                + "requiresApproval: false\nprerequisites: []\n" + settings + "---\nThe overview.\n");
        for (int i = 0; i < competencies.length; i++) {
            Files.writeString(folder.resolve(String.format("%02d-module-%s.md", i + 1, competencies[i])), "---\ntitle: Module "
                    + competencies[i] + "\ncompetency: " + competencies[i] + "\nhours: 1\nminimumMinutes: 60\nobjectives:\n"
                    + "  - Read it.\n---\nText of the module.\n");
        }
        Files.createDirectories(folder.resolve("exam"));
        Files.writeString(folder.resolve("exam/bank.yaml"), bank);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}

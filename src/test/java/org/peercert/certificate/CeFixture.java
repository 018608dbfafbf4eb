package org.peercert.certificate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A one-hour continuing-education course whose certificate expires after 2 years, prints a CE-due
 * date 12 months after completion, and carries its own approval number.
 */
final class CeFixture {

    static final String COMPETENCY = "ethics-refresher";

    private static final String COURSE = """
            ---
            id: %s
            title: Ethics Refresher for Peer Specialists (%s)
            summary: One hour of continuing education on boundaries and confidentiality.
            kind: continuing-education
            credential: Continuing education, 1 contact hour
            hours: 1
            hourMinutes: 50
            formats: [in-person, live-video, self-paced]
            prerequisites: []
            competencies:
              - id: ethics-refresher
                title: Ethics Refresher
                hours: 1
            postTest:
              questionsPerCompetency: { ethics-refresher: 1 }
              timeLimitMinutes: 15
              passPercent: 75
              attemptsAllowed: 3
            certificate:
              validYears: 2
              ceDueMonths: 12
              approvalNumber: %s
            ---
            A short refresher. Sources: 908 KAR 2:220.
            """;

    private static final String MODULE = """
            ---
            title: Boundaries Revisited
            competency: ethics-refresher
            hours: 1
            minimumMinutes: 50
            objectives:
              - Name two boundary risks in peer work.
            ---
            Boundaries protect the people we support and ourselves.
            """;

    private static final String BANK = """
            - id: q1
              competency: ethics-refresher
              type: true-false
              prompt: Sharing lived experience always serves the person supported.
              answer: false
            """;

    private CeFixture() {
    }

    static void write(Path root, String id) {
        try {
            Path folder = Files.createDirectories(root.resolve(id));
            Files.writeString(folder.resolve("course.md"), COURSE.formatted(id, id, CertificateProfile.APPROVAL_NUMBER));
            Files.writeString(folder.resolve("01-boundaries-revisited.md"), MODULE);
            Files.createDirectories(folder.resolve("exam"));
            Files.writeString(folder.resolve("exam/post-test.yaml"), BANK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

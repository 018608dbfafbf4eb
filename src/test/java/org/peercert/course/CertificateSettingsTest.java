package org.peercert.course;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The certificate section of course.md: validYears, ceDueMonths and approvalNumber, checked at their lines. */
class CertificateSettingsTest {

    @TempDir
    Path root;
    private Path course;

    @BeforeEach
    void writeFixture() {
        course = CourseFixture.write(root, "fixture");
        CourseFixture.write(root, "neighbour");
    }

    @Test
    void theSettingsAreRead() {
        certificate("  validYears: 2\n  ceDueMonths: 12\n  approvalNumber: NAADAC-1234\n");
        CatalogSnapshot snapshot = new CatalogLoader(root).load(CatalogSnapshot.empty());
        assertEquals(List.of(), snapshot.problems());
        CourseFrontMatter.CertificateSettings terms = snapshot.courses().get("fixture").settings().certificate();
        assertEquals(new CourseFrontMatter.CertificateSettings(2, 12, "NAADAC-1234", null), terms);
    }

    @Test
    void aNegativeValidityIsNamedAtItsLine() {
        certificate("  validYears: -1\n");
        CourseProblem problem = onlyProblem();
        assertEquals("certificate.validYears", problem.field());
        assertTrue(problem.message().contains("from 0 (no expiry)"), problem.message());
    }

    @Test
    void anUnreasonableCeDueIsNamed() {
        certificate("  ceDueMonths: 500\n");
        assertEquals("certificate.ceDueMonths", onlyProblem().field());
    }

    @Test
    void aBlankApprovalNumberIsNamed() {
        certificate("  approvalNumber: \" \"\n");
        assertEquals("certificate.approvalNumber", onlyProblem().field());
    }

    private void certificate(String yaml) {
        CourseFixture.edit(course.resolve("course.md"), "  attemptsAllowed: 3\n", "  attemptsAllowed: 3\ncertificate:\n" + yaml);
    }

    private CourseProblem onlyProblem() {
        CatalogSnapshot snapshot = new CatalogLoader(root).load(CatalogSnapshot.empty());
        assertEquals(1, snapshot.problems().size(), snapshot.problems().toString());
        return snapshot.problems().get(0);
    }
}

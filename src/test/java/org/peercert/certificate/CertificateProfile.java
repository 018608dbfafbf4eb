package org.peercert.certificate;

import io.quarkus.test.junit.QuarkusTestProfile;
import org.peercert.course.CourseFolders;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * The certificate tests' service: the real courses plus continuing-education fixture courses
 * with an expiry, a CE-due date and their own approval number ({@link #CE_COURSES}); exam passes
 * recorded by the tests ({@link RecordedExamResults}); client addresses taken from
 * X-Forwarded-For (as behind the production proxy), so the rate-limit test can be one address
 * among many; and the public URL of the test server, so a QR code leads back to it.
 */
public class CertificateProfile implements QuarkusTestProfile {

    /** One fixture course per test class, so that no test depends on another's certificates. */
    public static final String[] CE_COURSES = {"ce-issue", "ce-credential", "ce-access", "ce-verify",
            "ce-evaluation", "ce-browser", "ce-jobs", "ce-pages", "ce-empty", "ce-bench", "ce-storage", "ce-reviewer"};
    public static final String APPROVAL_NUMBER = "NAADAC-PROVIDER-7755";
    static final Path COURSES = copyOfCourses();
    static final int BURST = 200;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("lms.courses-dir", COURSES.toString(),
                "lms.public-url", "http://localhost:${quarkus.http.test-port}",
                "quarkus.http.proxy.proxy-address-forwarding", "true",
                "quarkus.http.proxy.allow-x-forwarded", "true",
                "lms.certificates.jobs.poll-interval", "300ms",
                // Room for every test's verifications from 127.0.0.1; the rate-limit test uses its own address.
                "lms.certificates.verification.burst", String.valueOf(BURST));
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(RecordedExamResults.class);
    }

    private static Path copyOfCourses() {
        Path root = CourseFolders.copyOfShipped("peercert-certificate-courses-");
        for (String id : CE_COURSES) {
            CeFixture.write(root, id);
        }
        return root;
    }
}

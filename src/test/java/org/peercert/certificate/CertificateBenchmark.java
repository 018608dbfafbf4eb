package org.peercert.certificate;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.peercert.course.Course;
import org.peercert.course.CourseCatalog;
import org.peercert.people.Actor;
import org.peercert.support.Load;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Certificate figures ({@code ./mvnw verify -Pbenchmark -Dtest=CertificateBenchmark}): the median
 * time to issue one signed certificate (target under 50 ms), 1,000 issued by a background bulk job
 * (target under 60 s), and public verification next to a static file of the same service (target
 * at least 0.5 of its throughput, p99 under 20 ms at 200 requests a second). Trainees are written
 * straight into the database, each with the records a completed CE course leaves.
 */
@QuarkusTest
@TestProfile(CertificateBenchmark.Unlimited.class)
@Tag("benchmark")
class CertificateBenchmark {

    /** The certificate profile with a rate limit no load here reaches (it is still drawn from on every request). */
    public static class Unlimited extends CertificateProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(super.getConfigOverrides());
            config.put("lms.certificates.verification.burst", "1000000000");
            config.put("lms.certificates.verification.per-minute", "1000000000");
            return config;
        }
    }

    private static final String COURSE = "ce-bench";
    private static final String STATIC = "/css/peercert.css";

    @TestHTTPResource("/")
    URL root;

    @Inject
    CertificateIssuer issuer;

    @Inject
    CertificateJobs jobs;

    @Inject
    RecordedExamResults exams;

    @Inject
    CourseCatalog catalog;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void issueBulkAndVerify() throws Exception {
        Course course = catalog.find(COURSE).orElseThrow();
        Actor admin = new Actor("bench-admin", "Pat Lindqvist");
        List<String> single = completed(course, "single", 60);
        List<Double> millis = new ArrayList<>();
        String number = null;
        for (String trainee : single) {
            long t0 = System.nanoTime();
            number = issuer.issueWhenComplete(trainee, course, admin).formattedNumber();
            millis.add((System.nanoTime() - t0) / 1e6);
        }
        List<Double> measured = new ArrayList<>(millis.subList(10, millis.size())); // the first ten warm up
        Collections.sort(measured);
        double median = measured.get(measured.size() / 2);

        List<String> bulk = completed(course, "bulk", 1000);
        Instant started = Instant.now();
        long job = QuarkusTransaction.requiringNew().call(() -> jobs.start(CertificateJob.ISSUE, course, admin).id);
        CertificateJobs.Progress progress = waitFor(job, Duration.ofMinutes(5));
        double bulkSeconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;

        Thread.sleep(5000); // let MariaDB flush what the bulk issue wrote before timing reads
        String app = root.toString().replaceAll("/$", "");
        String verify = app + "/api/verify/" + number;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Load.closedLoop(client, () -> fromSomeAddress(verify), 8, Duration.ofSeconds(5)); // warm-up
        Load.Stats atRate = Load.fixedRate(client, () -> fromSomeAddress(verify), 200, Duration.ofSeconds(20));
        Load.Stats verifyMax = Load.closedLoop(client, () -> fromSomeAddress(verify), 16, Duration.ofSeconds(10));
        Load.Stats staticMax = Load.closedLoop(client, () -> Load.get(app + STATIC, null), 16, Duration.ofSeconds(10));
        double ratio = verifyMax.perSecond() / staticMax.perSecond();

        System.out.printf("%n== Certificate benchmark (%d cores) ==%n", Runtime.getRuntime().availableProcessors());
        System.out.printf("issue one signed certificate: median %.1f ms, p90 %.1f ms, max %.1f ms (%d measured)%n", median,
                measured.get((int) (measured.size() * 0.9)), measured.get(measured.size() - 1), measured.size());
        System.out.printf("bulk issue of %d: %.1f s (%d issued, %d skipped, %d failed)%n", bulk.size(), bulkSeconds,
                progress.issued(), progress.skipped(), progress.failed());
        System.out.println("verification at 200 req/s:  " + atRate);
        System.out.println("verification, 16 workers:   " + verifyMax);
        System.out.println("static file, 16 workers:    " + staticMax);
        System.out.printf("throughput ratio verification/static: %.2f%n%n", ratio);

        assertEquals(bulk.size(), progress.issued(), "every bulk trainee issued");
        assertEquals(0, atRate.errors() + verifyMax.errors() + staticMax.errors(), "errors");
        assertTrue(median < 50, "median issue time " + median + " ms");
        assertTrue(bulkSeconds < 60, "bulk issue took " + bulkSeconds + " s");
        assertTrue(atRate.p99() < 20, "verification p99 at 200 req/s is " + atRate.p99() + " ms");
        assertTrue(ratio >= 0.5, "verification/static throughput ratio is " + ratio);
    }

    /** Verifiers come from many addresses; each draws from its own bucket row. */
    private static HttpRequest fromSomeAddress(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("X-Forwarded-For", "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255)).GET().build();
    }

    private CertificateJobs.Progress waitFor(long job, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            CertificateJobs.Progress progress = QuarkusTransaction.requiringNew().call(() -> jobs.progress(jobs.job(job)));
            if (progress.finished()) {
                return progress;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("bulk job " + job + " did not finish within " + limit);
    }

    /** {@code count} trainees with a completed course: enrolment, hours, evaluation, name, post-test. */
    private List<String> completed(Course course, String batch, int count) throws SQLException {
        List<String> subjects = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now().minusSeconds(60));
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement enrolment = c.prepareStatement("INSERT INTO enrolment (trainee_subject, course_id, "
                    + "content_version, legal_name, enrolled_by, enrolled_by_name, enrolled_at) VALUES (?, ?, ?, ?, 'bench', 'Bench', ?)");
                 PreparedStatement hours = c.prepareStatement("INSERT INTO hours_entry (trainee_subject, course_id, competency_id, "
                         + "source, minutes, evidence, reason, recorded_by, recorded_by_name, recorded_at) "
                         + "VALUES (?, ?, ?, 'adjustment', 50, 'sign-in sheet', 'benchmark data', 'bench', 'Bench', ?)");
                 PreparedStatement name = c.prepareStatement("INSERT INTO name_confirmation (trainee_subject, legal_name, confirmed_at) VALUES (?, ?, ?)");
                 PreparedStatement evaluation = c.prepareStatement("INSERT INTO course_evaluation (trainee_subject, course_id, "
                         + "content_version, comments, submitted_at) VALUES (?, ?, ?, NULL, ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < count; i++) {
                    String subject = "bench-" + batch + "-" + i;
                    String legal = "Zoë Ángel Núñez-Okafor " + batch + " " + i;
                    subjects.add(subject);
                    enrolment.setString(1, subject);
                    enrolment.setString(2, course.id());
                    enrolment.setString(3, course.contentVersion());
                    enrolment.setString(4, legal);
                    enrolment.setTimestamp(5, now);
                    enrolment.addBatch();
                    hours.setString(1, subject);
                    hours.setString(2, course.id());
                    hours.setString(3, CeFixture.COMPETENCY);
                    hours.setTimestamp(4, now);
                    hours.addBatch();
                    name.setString(1, subject);
                    name.setString(2, legal);
                    name.setTimestamp(3, now);
                    name.addBatch();
                    evaluation.setString(1, subject);
                    evaluation.setString(2, course.id());
                    evaluation.setString(3, course.contentVersion());
                    evaluation.setTimestamp(4, now);
                    evaluation.addBatch();
                    exams.pass(subject, course.id(), "post-test");
                }
                enrolment.executeBatch();
                hours.executeBatch();
                name.executeBatch();
                evaluation.executeBatch();
                ratings(c, evaluation);
            }
            c.commit();
        }
        return subjects;
    }

    private static void ratings(Connection c, PreparedStatement evaluation) throws SQLException {
        try (var keys = evaluation.getGeneratedKeys(); PreparedStatement rating = c.prepareStatement(
                "INSERT INTO course_evaluation_rating (evaluation_id, item_id, rating) VALUES (?, ?, 4)")) {
            while (keys.next()) {
                for (String item : List.of("objectives", "relevance", "clarity", "format", "apply", "recommend")) {
                    rating.setLong(1, keys.getLong(1));
                    rating.setString(2, item);
                    rating.addBatch();
                }
            }
            rating.executeBatch();
        }
    }
}

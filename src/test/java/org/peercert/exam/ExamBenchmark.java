package org.peercert.exam;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 2,000 trainees sit the same 50-question exam: they start within 60 s, each saves an answer
 * every 30 s, and each submits 30 s after its last answer. The cadence is the real one, not
 * compressed, so the service sees 2,000 / 30 s ≈ 67 answers a second for 25 minutes; the run
 * takes about half an hour. Requests go to the real endpoints with real Keycloak tokens of real
 * accounts (created once, see {@link BenchTrainees}); the load itself is {@link ExamLoad}, which
 * the two-node run ({@code ExamClusterRun}) sends through the proxy instead.
 *
 * <p>Run: {@code ./mvnw verify -Pbenchmark -Dtest=ExamBenchmark}; smaller runs with
 * {@code -Dexam.bench.trainees=200 -Dexam.bench.answers=5}.
 */
@QuarkusTest
@TestProfile(ExamBenchmark.BenchCourse.class)
class ExamBenchmark {

    static final int TRAINEES = Integer.getInteger("exam.bench.trainees", 2000);
    static final int ANSWERS = Integer.getInteger("exam.bench.answers", 50);
    static final Duration CADENCE = Duration.ofSeconds(Integer.getInteger("exam.bench.cadence", 30));
    static final Duration START_WINDOW = Duration.ofSeconds(Integer.getInteger("exam.bench.start-window", 60));

    /** The benchmark's course in a folder of its own. */
    public static class BenchCourse implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                return Map.of("lms.courses-dir", ExamCourse.writeInto(Files.createTempDirectory("peercert-exam-bench-")).toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Inject
    Keycloak keycloak;

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/")
    URL root;

    @Test
    void twoThousandTraineesSitTheSameExam() throws Exception {
        ExamLoad load = new ExamLoad(root.toString(), ANSWERS, CADENCE, START_WINDOW);
        long setup = System.nanoTime();
        int created = BenchTrainees.ensureAccounts(keycloak, TRAINEES, 4);
        List<BenchTrainees.Trainee> trainees = BenchTrainees.login(load.http(), TRAINEES, 4);
        System.out.printf("ExamBenchmark setup: %d accounts (%d created now), logged in in %.0f s%n",
                TRAINEES, created, (System.nanoTime() - setup) / 1e9);

        double seconds = load.run(trainees);

        long lost;
        try (Connection connection = dataSource.getConnection()) {
            lost = load.lostAnswers(connection);
        }
        report("ExamBenchmark", load, seconds, TRAINEES, lost);
        assertEquals(0, load.recorder().errors(), "errors: " + load.recorder().errorSamples());
        assertEquals(0, lost, "answers lost");
        assertEquals((long) TRAINEES * ANSWERS, load.acknowledged());
        assertTrue(load.recorder().percentile("all", 95) < 200, "p95 " + load.recorder().percentile("all", 95) + " ms");
    }

    static void report(String name, ExamLoad load, double seconds, int trainees, long lost) {
        long acked = load.acknowledged();
        System.out.printf("%s: %d trainees, %d answers each every %d s, %.0f s; %d answers acknowledged "
                        + "(%.1f answers/s over the answering phase), %d lost%n%s%nerrors: %s%n",
                name, trainees, ANSWERS, CADENCE.toSeconds(), seconds, acked,
                acked / (double) Math.max(1, CADENCE.multipliedBy(ANSWERS).toSeconds()), lost, load.recorder().report(),
                load.recorder().errorSamples());
    }
}

package org.peercert.exam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 2,000 trainees sit the same 50-question exam: they start within 60 s, each saves an answer
 * every 30 s, and each submits 30 s after its last answer. The cadence is the real one, not
 * compressed, so the service sees 2,000 / 30 s ≈ 67 answers a second for 25 minutes; the run
 * takes about half an hour. Requests go to the real endpoints with real Keycloak tokens of real
 * accounts (created once, see {@link BenchTrainees}). Answers lost: answers the service
 * acknowledged that are not the attempt's latest answer in the database after submission.
 *
 * <p>Run: {@code ./mvnw verify -Pbenchmark -Dtest=ExamBenchmark}; smaller runs with
 * {@code -Dexam.bench.trainees=200 -Dexam.bench.answers=5}.
 */
@QuarkusTest
@TestProfile(ExamBenchmark.BenchCourse.class)
class ExamBenchmark {

    private static final int TRAINEES = Integer.getInteger("exam.bench.trainees", 2000);
    private static final int ANSWERS = Integer.getInteger("exam.bench.answers", 50);
    private static final Duration CADENCE = Duration.ofSeconds(Integer.getInteger("exam.bench.cadence", 30));
    private static final Duration START_WINDOW = Duration.ofSeconds(60);
    private static final Duration TOKEN_REFRESH = Duration.ofSeconds(240);
    private static final String COURSE = "exam-bench";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A course with a 60-question bank whose post-test draws 50, open on enrolment, 45 minutes. */
    public static class BenchCourse implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lms.courses-dir", writeCourse().toString());
        }
    }

    /** One trainee's attempt as the load generator knows it. */
    private record Sitting(BenchTrainees.Trainee trainee, long attemptId, List<JsonNode> questions,
                           Map<String, String> acked) {
    }

    @Inject
    Keycloak keycloak;

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/")
    URL root;

    private final HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8))
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final BenchRecorder recorder = new BenchRecorder();

    @Test
    void twoThousandTraineesSitTheSameExam() throws Exception {
        long setup = System.nanoTime();
        int created = BenchTrainees.ensureAccounts(keycloak, TRAINEES, 4);
        List<BenchTrainees.Trainee> trainees = BenchTrainees.login(http, TRAINEES, 4);
        enrolAll(trainees);
        System.out.printf("ExamBenchmark setup: %d accounts (%d created now), logged in and enrolled in %.0f s%n",
                TRAINEES, created, (System.nanoTime() - setup) / 1e9);

        ScheduledExecutorService ticker = Executors.newScheduledThreadPool(4);
        scheduleRefreshes(ticker, trainees);
        List<Sitting> sittings = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch finished = new CountDownLatch(TRAINEES);
        long t0 = System.nanoTime();
        for (int i = 0; i < TRAINEES; i++) {
            BenchTrainees.Trainee trainee = trainees.get(i);
            long at = START_WINDOW.toNanos() * i / TRAINEES;
            ticker.schedule(() -> start(ticker, trainee, sittings, finished), at, TimeUnit.NANOSECONDS);
        }
        Duration bound = START_WINDOW.plus(CADENCE.multipliedBy(ANSWERS + 1)).plusMinutes(3);
        assertTrue(finished.await(bound.toSeconds(), TimeUnit.SECONDS), "the run did not finish within " + bound);
        double seconds = (System.nanoTime() - t0) / 1e9;
        ticker.shutdownNow();

        long acked = sittings.stream().mapToLong(s -> s.acked().size()).sum();
        long lost = lostAnswers(sittings);
        System.out.printf("ExamBenchmark: %d trainees, %d answers each every %d s, %.0f s; %d answers acknowledged "
                        + "(%.1f answers/s over the answering phase), %d lost%n%s%nerrors: %s%n",
                TRAINEES, ANSWERS, CADENCE.toSeconds(), seconds, acked,
                acked / (double) Math.max(1, CADENCE.multipliedBy(ANSWERS).toSeconds()), lost, recorder.report(),
                recorder.errorSamples());
        assertEquals(0, recorder.errors(), "errors: " + recorder.errorSamples());
        assertEquals(0, lost, "answers lost");
        assertEquals((long) TRAINEES * ANSWERS, acked);
        assertTrue(recorder.percentile("all", 95) < 200, "p95 " + recorder.percentile("all", 95) + " ms");
    }

    private void start(ScheduledExecutorService ticker, BenchTrainees.Trainee trainee, List<Sitting> sittings,
                       CountDownLatch finished) {
        send("start", trainee, "/api/exams/" + COURSE + "/attempts", "{}", 201).thenAccept(body -> {
            if (body == null) {
                finished.countDown();
                return;
            }
            JsonNode attempt = read(body);
            List<JsonNode> questions = new ArrayList<>();
            attempt.get("questions").forEach(questions::add);
            Sitting sitting = new Sitting(trainee, attempt.get("id").asLong(), questions, new java.util.concurrent.ConcurrentHashMap<>());
            sittings.add(sitting);
            for (int k = 0; k < ANSWERS; k++) {
                int question = k;
                ticker.schedule(() -> answer(sitting, question), CADENCE.toNanos() * (k + 1), TimeUnit.NANOSECONDS);
            }
            ticker.schedule(() -> send("submit", trainee, "/api/exam-attempts/" + sitting.attemptId() + "/submission", "{}", 200)
                    .whenComplete((b, e) -> finished.countDown()), CADENCE.toNanos() * (ANSWERS + 1), TimeUnit.NANOSECONDS);
        });
    }

    private void answer(Sitting sitting, int k) {
        JsonNode question = sitting.questions().get(k % sitting.questions().size());
        JsonNode options = question.get("options");
        String option = options.get(ThreadLocalRandom.current().nextInt(options.size())).get("id").asText();
        String questionId = question.get("id").asText();
        String body = "{\"questionId\":\"" + questionId + "\",\"choices\":[\"" + option + "\"]}";
        send("answer", sitting.trainee(), "/api/exam-attempts/" + sitting.attemptId() + "/answers", body, 200)
                .thenAccept(reply -> {
                    if (reply != null) {
                        sitting.acked().put(questionId, option);
                    }
                });
    }

    /** Sends one timed request; completes with the body when the status is the expected one, else null. */
    private java.util.concurrent.CompletableFuture<String> send(String phase, BenchTrainees.Trainee trainee, String path,
                                                               String json, int expected) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(root.toString().replaceAll("/$", "") + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + trainee.token())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
        long t = System.nanoTime();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
            long nanos = System.nanoTime() - t;
            boolean ok = failure == null && response.statusCode() == expected;
            recorder.record(phase, nanos, ok, failure != null ? failure.toString()
                    : response.statusCode() + " " + response.body().substring(0, Math.min(200, response.body().length())));
            return ok ? response.body() : null;
        });
    }

    private void enrolAll(List<BenchTrainees.Trainee> trainees) {
        AtomicInteger refused = new AtomicInteger();
        trainees.parallelStream().forEach(t -> {
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(root + "api/enrolments"))
                        .header("Authorization", "Bearer " + t.token()).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"courseId\":\"" + COURSE + "\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 201 && answer.statusCode() != 409) {
                    refused.incrementAndGet();
                }
            } catch (Exception e) {
                refused.incrementAndGet();
            }
        });
        assertEquals(0, refused.get(), "enrolments refused");
    }

    private void scheduleRefreshes(ScheduledExecutorService ticker, List<BenchTrainees.Trainee> trainees) {
        for (int i = 0; i < trainees.size(); i++) {
            BenchTrainees.Trainee t = trainees.get(i);
            long first = TOKEN_REFRESH.toMillis() - (System.currentTimeMillis() - t.obtainedAt) + i * 20L % 30_000;
            ticker.scheduleAtFixedRate(() -> {
                try {
                    BenchTrainees.refresh(http, t);
                } catch (RuntimeException e) {
                    System.out.println("ExamBenchmark: token refresh failed for " + t.username + ": " + e.getMessage());
                }
            }, Math.max(1_000, first), TOKEN_REFRESH.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Acknowledged answers that are not the latest stored answer of their question. */
    private long lostAnswers(List<Sitting> sittings) throws SQLException {
        long lost = 0;
        try (Connection connection = dataSource.getConnection(); PreparedStatement latest = connection.prepareStatement(
                "SELECT a.item_key, a.answer FROM exam_answer a WHERE a.attempt_id = ? AND a.id IN "
                        + "(SELECT MAX(id) FROM exam_answer WHERE attempt_id = ? GROUP BY item_key)")) {
            for (Sitting sitting : sittings) {
                latest.setLong(1, sitting.attemptId());
                latest.setLong(2, sitting.attemptId());
                Map<String, String> stored = new HashMap<>();
                try (ResultSet rows = latest.executeQuery()) {
                    while (rows.next()) {
                        stored.put(rows.getString(1), read(rows.getString(2)).get("choices").get(0).asText());
                    }
                }
                for (Map.Entry<String, String> acked : sitting.acked().entrySet()) {
                    lost += acked.getValue().equals(stored.get(acked.getKey())) ? 0 : 1;
                }
            }
        }
        return lost;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path writeCourse() {
        try {
            Path root = Files.createTempDirectory("peercert-exam-bench-");
            Path folder = Files.createDirectories(root.resolve(COURSE).resolve("exam"));
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
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

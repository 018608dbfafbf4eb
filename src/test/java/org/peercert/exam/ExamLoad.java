package org.peercert.exam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The exam benchmark's load on a running PeerCert at {@code baseUrl} (one node, or the proxy in
 * front of several): logged-in trainees enrol in {@link ExamCourse#ID}, start within the start
 * window, save one answer every cadence each and submit one cadence after their last answer.
 * Answers lost: acknowledged answers that are not their question's latest stored answer.
 */
final class ExamLoad {

    private static final Duration TOKEN_REFRESH = Duration.ofSeconds(240);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One trainee's attempt as the load generator knows it. */
    record Sitting(BenchTrainees.Trainee trainee, long attemptId, List<JsonNode> questions, Map<String, String> acked) {
    }

    private final String baseUrl;
    private final int answers;
    private final Duration cadence;
    private final Duration startWindow;
    private final HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8))
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final BenchRecorder recorder = new BenchRecorder();
    private final List<Sitting> sittings = Collections.synchronizedList(new ArrayList<>());

    ExamLoad(String baseUrl, int answers, Duration cadence, Duration startWindow) {
        this.baseUrl = baseUrl.replaceAll("/$", "");
        this.answers = answers;
        this.cadence = cadence;
        this.startWindow = startWindow;
    }

    HttpClient http() {
        return http;
    }

    BenchRecorder recorder() {
        return recorder;
    }

    List<Sitting> sittings() {
        return sittings;
    }

    long acknowledged() {
        return sittings.stream().mapToLong(s -> s.acked().size()).sum();
    }

    /** Runs every trainee's sitting; answers the seconds it took, or throws if it overran its bound. */
    double run(List<BenchTrainees.Trainee> trainees) throws InterruptedException {
        enrolAll(trainees);
        refreshStale(trainees);
        ScheduledExecutorService ticker = Executors.newScheduledThreadPool(4);
        // Refreshes on threads of their own: a slow Keycloak must not hold back the trainees' requests.
        ScheduledExecutorService refresher = Executors.newScheduledThreadPool(2);
        scheduleRefreshes(refresher, trainees);
        CountDownLatch finished = new CountDownLatch(trainees.size());
        long t0 = System.nanoTime();
        for (int i = 0; i < trainees.size(); i++) {
            BenchTrainees.Trainee trainee = trainees.get(i);
            long at = startWindow.toNanos() * i / trainees.size();
            ticker.schedule(() -> start(ticker, trainee, finished), at, TimeUnit.NANOSECONDS);
        }
        Duration bound = startWindow.plus(cadence.multipliedBy(answers + 1)).plusMinutes(3);
        boolean done = finished.await(bound.toSeconds(), TimeUnit.SECONDS);
        ticker.shutdownNow();
        refresher.shutdownNow();
        if (!done) {
            throw new IllegalStateException("the run did not finish within " + bound);
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private void start(ScheduledExecutorService ticker, BenchTrainees.Trainee trainee, CountDownLatch finished) {
        send("start", trainee, "/api/exams/" + ExamCourse.ID + "/attempts", "{}", 201).thenAccept(body -> {
            if (body == null) {
                finished.countDown();
                return;
            }
            JsonNode attempt = read(body);
            List<JsonNode> questions = new ArrayList<>();
            attempt.get("questions").forEach(questions::add);
            Sitting sitting = new Sitting(trainee, attempt.get("id").asLong(), questions, new ConcurrentHashMap<>());
            sittings.add(sitting);
            for (int k = 0; k < answers; k++) {
                int question = k;
                ticker.schedule(() -> answer(sitting, question), cadence.toNanos() * (k + 1), TimeUnit.NANOSECONDS);
            }
            ticker.schedule(() -> send("submit", trainee, "/api/exam-attempts/" + sitting.attemptId() + "/submission", "{}", 200)
                    .whenComplete((b, e) -> finished.countDown()), cadence.toNanos() * (answers + 1), TimeUnit.NANOSECONDS);
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
    private CompletableFuture<String> send(String phase, BenchTrainees.Trainee trainee, String path, String json, int expected) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
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
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/enrolments"))
                        .header("Authorization", "Bearer " + t.token()).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"courseId\":\"" + ExamCourse.ID + "\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 201 && answer.statusCode() != 409) {
                    refused.incrementAndGet();
                }
            } catch (Exception e) {
                refused.incrementAndGet();
            }
        });
        if (refused.get() > 0) {
            throw new IllegalStateException(refused.get() + " enrolments refused");
        }
    }

    /**
     * Logging 2,000 trainees in takes minutes on a busy Keycloak, longer than a token's first
     * refresh is due: refresh the older tokens now, so that no start goes out with an expired token
     * and the refreshes do not all fall due in the run's first second.
     */
    private void refreshStale(List<BenchTrainees.Trainee> trainees) {
        long now = System.currentTimeMillis();
        trainees.parallelStream().filter(t -> now - t.obtainedAt > TOKEN_REFRESH.toMillis() / 4)
                .forEach(t -> BenchTrainees.refresh(http, t));
    }

    private void scheduleRefreshes(ScheduledExecutorService ticker, List<BenchTrainees.Trainee> trainees) {
        for (int i = 0; i < trainees.size(); i++) {
            BenchTrainees.Trainee t = trainees.get(i);
            long first = TOKEN_REFRESH.toMillis() - (System.currentTimeMillis() - t.obtainedAt) + i * 20L % 30_000;
            ticker.scheduleAtFixedRate(() -> {
                try {
                    BenchTrainees.refresh(http, t);
                } catch (RuntimeException e) {
                    System.out.println("ExamLoad: token refresh failed for " + t.username + ": " + e.getMessage());
                }
            }, Math.max(1_000, first), TOKEN_REFRESH.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Acknowledged answers that are not the latest stored answer of their question. */
    long lostAnswers(Connection connection) throws SQLException {
        long lost = 0;
        try (PreparedStatement latest = connection.prepareStatement(
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
}

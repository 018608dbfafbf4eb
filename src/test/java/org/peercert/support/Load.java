package org.peercert.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A small load generator for benchmarks on loopback: an open model at a fixed request rate
 * (latency under a known load) and a closed model with N workers (the most the service does).
 * Every run is bounded in count and time.
 */
public final class Load {

    /** What one run measured. Latencies in milliseconds. */
    public record Stats(int requests, int errors, double seconds, double p50, double p95, double p99) {
        public double perSecond() {
            return requests / seconds;
        }

        @Override
        public String toString() {
            return String.format("%d requests, %d errors, %.0f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms",
                    requests, errors, perSecond(), p50, p95, p99);
        }
    }

    private Load() {
    }

    public static HttpRequest get(String url, String cookieHeader) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET();
        if (cookieHeader != null) {
            request.header("Cookie", cookieHeader);
        }
        return request.build();
    }

    /** Sends {@code perSecond} requests a second for {@code duration}, whatever the answers take. */
    public static Stats fixedRate(HttpClient client, Supplier<HttpRequest> request, int perSecond, Duration duration) {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<?>> inFlight = Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long total = perSecond * duration.toSeconds();
        AtomicInteger sent = new AtomicInteger();
        long start = System.nanoTime();
        ticker.scheduleAtFixedRate(() -> {
            if (sent.incrementAndGet() > total) {
                return;
            }
            inFlight.add(timed(client, request.get(), latencies, errors));
        }, 0, 1_000_000_000L / perSecond, TimeUnit.NANOSECONDS);
        sleep(duration.plusMillis(100));
        ticker.shutdownNow();
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).orTimeout(30, TimeUnit.SECONDS).join();
        return stats(latencies, errors.get(), (System.nanoTime() - start) / 1e9);
    }

    /** {@code workers} clients, each sending its next request as soon as the last is answered. */
    public static Stats closedLoop(HttpClient client, Supplier<HttpRequest> request, int workers, Duration duration) {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<CompletableFuture<Void>> loops = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            loops.add(CompletableFuture.runAsync(() -> {
                while (System.nanoTime() < end) {
                    timed(client, request.get(), latencies, errors).join();
                }
            }, pool));
        }
        CompletableFuture.allOf(loops.toArray(CompletableFuture[]::new)).join();
        pool.shutdown();
        return stats(latencies, errors.get(), (System.nanoTime() - start) / 1e9);
    }

    private static CompletableFuture<?> timed(HttpClient client, HttpRequest request, ConcurrentLinkedQueue<Long> latencies,
                                              AtomicInteger errors) {
        long t0 = System.nanoTime();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).handle((response, failure) -> {
            latencies.add(System.nanoTime() - t0);
            if (failure != null || response.statusCode() != 200) {
                errors.incrementAndGet();
            }
            return null;
        });
    }

    private static Stats stats(ConcurrentLinkedQueue<Long> latencies, int errors, double seconds) {
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Stats(sorted.size(), errors, seconds, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99));
    }

    private static double pct(List<Long> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

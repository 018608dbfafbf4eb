package org.peercert.exam;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** Latencies and errors of the benchmark's requests, by phase (start, answer, submit). */
final class BenchRecorder {

    private final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();

    void record(String phase, long nanos, boolean ok, String error) {
        latencies.computeIfAbsent(phase, p -> new ConcurrentLinkedQueue<>()).add(nanos);
        if (!ok) {
            errors.computeIfAbsent(phase, p -> new AtomicInteger()).incrementAndGet();
            if (samples.size() < 10) {
                samples.add(phase + ": " + error);
            }
        }
    }

    int errors() {
        return errors.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    List<String> errorSamples() {
        return List.copyOf(samples);
    }

    /** One line per phase and one for all: count, errors, p50, p95, p99, max in ms. */
    String report() {
        StringBuilder out = new StringBuilder();
        List<Long> all = new ArrayList<>();
        for (String phase : List.of("start", "answer", "submit")) {
            List<Long> values = new ArrayList<>(latencies.getOrDefault(phase, new ConcurrentLinkedQueue<>()));
            all.addAll(values);
            out.append(line(phase, values, errors.getOrDefault(phase, new AtomicInteger()).get())).append('\n');
        }
        out.append(line("all", all, errors()));
        return out.toString();
    }

    double percentile(String phase, int p) {
        List<Long> values = new ArrayList<>();
        if (phase.equals("all")) {
            latencies.values().forEach(values::addAll);
        } else {
            values.addAll(latencies.getOrDefault(phase, new ConcurrentLinkedQueue<>()));
        }
        Collections.sort(values);
        return pct(values, p);
    }

    private static String line(String phase, List<Long> values, int errors) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format("%-7s %7d requests, %d errors, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
                phase, sorted.size(), errors, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}

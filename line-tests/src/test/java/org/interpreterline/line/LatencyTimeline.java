package org.interpreterline.line;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One step of the line's work (a request decided, an offer dialled), timed request by request and grouped by when it
 * began in a run: a takeover shows as a slice whose times stand out from the load's own, which a single "first work
 * after the kill" figure mixes together.
 */
final class LatencyTimeline {

    private final Instant start;
    private final Duration slice;
    private final Map<Long, List<Long>> millisBySlice = new TreeMap<>();

    LatencyTimeline(Instant start, Duration slice) {
        this.start = start;
        this.slice = slice;
    }

    /** A step that began at {@code began} and was done at {@code done}. */
    void add(Instant began, Instant done) {
        long index = Math.max(0, Duration.between(start, began).toMillis() / slice.toMillis());
        millisBySlice.computeIfAbsent(index, i -> new ArrayList<>()).add(Duration.between(began, done).toMillis());
    }

    /** Every slice's count, median and maximum, and the whole run's percentiles. */
    String describe() {
        List<Long> all = millisBySlice.values().stream().flatMap(List::stream).sorted().toList();
        if (all.isEmpty()) {
            return "none";
        }
        String slices = millisBySlice.entrySet().stream().map(e -> {
            List<Long> sorted = e.getValue().stream().sorted().toList();
            long from = e.getKey() * slice.toSeconds();
            return "%d-%d s: %d, p50 %d ms, max %d ms".formatted(from, from + slice.toSeconds(), sorted.size(),
                    Percentiles.of(sorted, 50), sorted.getLast());
        }).collect(Collectors.joining("; "));
        return "%d in all, p50 %d ms, p90 %d ms, p99 %d ms, max %d ms; by when they began: %s".formatted(all.size(),
                Percentiles.of(all, 50), Percentiles.of(all, 90), Percentiles.of(all, 99), all.getLast(), slices);
    }
}

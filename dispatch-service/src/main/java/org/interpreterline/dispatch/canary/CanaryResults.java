package org.interpreterline.dispatch.canary;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * The latest canary of each language, for the board, and its metrics: {@code line_canary_success{language}}
 * (1 or 0, present only on the instance that runs the canary, and only once a language was tested) and
 * {@code line_canary_runs_total{language,result}}.
 */
@Component
public class CanaryResults {

    private final MeterRegistry registry;
    private final Map<String, CanaryResult> latest = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> success = new ConcurrentHashMap<>();
    private final Map<String, Gauge> gauges = new ConcurrentHashMap<>();
    private final AtomicLong version = new AtomicLong();

    CanaryResults(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Every result of every language counted from zero, so a rate over a first failure is not lost. */
    void expect(List<String> languages) {
        for (String language : languages) {
            for (CanaryOutcome outcome : CanaryOutcome.values()) {
                runs(language, outcome);
            }
        }
    }

    void record(CanaryResult result, CanaryOutcome outcome) {
        latest.put(result.language(), result);
        runs(result.language(), outcome).increment();
        success.computeIfAbsent(result.language(), language -> {
            AtomicInteger value = new AtomicInteger();
            gauges.put(language, Gauge.builder("line_canary_success", value, AtomicInteger::get)
                    .description("1 if the latest canary of the language found someone to offer, else 0")
                    .tag("language", language).register(registry));
            return value;
        }).set(result.ok() ? 1 : 0);
        version.incrementAndGet();
    }

    /**
     * This instance no longer runs the canary: what it last saw is not the line's state any more (the instance that
     * took over says that), so the board and the gauge forget it.
     */
    void forget() {
        latest.clear();
        gauges.values().forEach(registry::remove);
        gauges.clear();
        success.clear();
        version.incrementAndGet();
    }

    /** Changes with every result, so the board can tell whether there is anything new to send. */
    public long version() {
        return version.get();
    }

    /** The latest result of each language, failures first. */
    public List<CanaryResult> latest() {
        return latest.values().stream().sorted(Comparator.comparing(CanaryResult::ok)
                .thenComparing(CanaryResult::language)).toList();
    }

    private Counter runs(String language, CanaryOutcome outcome) {
        return Counter.builder("line_canary_runs_total").description("Canary runs by language and result")
                .tag("language", language).tag("result", outcome.label()).register(registry);
    }
}

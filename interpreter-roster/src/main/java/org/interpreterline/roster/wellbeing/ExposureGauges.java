package org.interpreterline.roster.wellbeing;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.interpreterline.platform.routing.RosterOwner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code line_interpreter_exposure{interpreter}} (tough calls within the window) and
 * {@code line_interpreter_resting{interpreter}} (1 while offered only unflagged calls), worked out every 15 s by the
 * instance that serves the roster (the others report none). Labelled by interpreter id only, never a name or a
 * number: one series per interpreter on the roster, a few hundred at most.
 */
@Component
class ExposureGauges implements DisposableBean {

    private static final Duration REFRESH_EVERY = Duration.ofSeconds(15);
    private static final Logger log = LoggerFactory.getLogger(ExposureGauges.class);

    private final ExposureReport report;
    private final RosterOwner owner;
    private final MultiGauge exposure;
    private final MultiGauge resting;
    /**
     * Each interpreter's latest row, which their gauges read. A refresh replaces the rows and keeps the gauges:
     * registering them again each refresh (MultiGauge's overwrite) races a Prometheus scrape, which then sees the old
     * gauge and its replacement and fails with duplicate labels (Micrometer's registry does not guard against it; a
     * scrape of the roster answered 500 so)
     */
    private final Map<String, ExposureReport.Row> latest = new ConcurrentHashMap<>();
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("exposure-gauges").factory());

    ExposureGauges(ExposureReport report, RosterOwner owner, MeterRegistry registry) {
        this.report = report;
        this.owner = owner;
        this.exposure = MultiGauge.builder("line_interpreter_exposure")
                .description("Tough calls (flagged, or reported with TOUGH) per interpreter within the window")
                .register(registry);
        this.resting = MultiGauge.builder("line_interpreter_resting")
                .description("1 while an interpreter is offered only unflagged calls")
                .register(registry);
        refresher.scheduleWithFixedDelay(this::refresh, 0, REFRESH_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void refresh() {
        try {
            publish(report.now().interpreters());
        } catch (ResponseStatusException e) {
            // starting or rebalancing: keep the last figures, unless another instance serves the roster now
            if (owner.now() instanceof RosterOwner.Owner.There) {
                publish(List.of());
            }
        } catch (RuntimeException e) {
            log.warn("Could not work out interpreters' exposure: {}", e.toString());
        }
    }

    private void publish(List<ExposureReport.Row> rows) {
        Map<String, ExposureReport.Row> byId = rows.stream()
                .collect(Collectors.toMap(ExposureReport.Row::interpreterId, row -> row, (first, again) -> again));
        latest.putAll(byId);
        latest.keySet().retainAll(byId.keySet());
        // rows gone are removed, new ones added; the others keep their gauge, which reads the row put above
        exposure.register(gaugesOf(byId.keySet(), ExposureReport.Row::toughCalls), false);
        resting.register(gaugesOf(byId.keySet(), row -> row.resting() ? 1 : 0), false);
    }

    private List<MultiGauge.Row<?>> gaugesOf(Set<String> interpreterIds, ToDoubleFunction<ExposureReport.Row> figure) {
        return interpreterIds.stream().<MultiGauge.Row<?>>map(id -> MultiGauge.Row.of(Tags.of("interpreter", id),
                latest, rows -> {
                    ExposureReport.Row row = rows.get(id);
                    return row == null ? Double.NaN : figure.applyAsDouble(row);
                })).toList();
    }

    @Override
    public void destroy() {
        refresher.shutdownNow();
    }
}

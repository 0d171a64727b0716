package org.interpreterline.roster.forecast;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.interpreterline.events.language.Language;
import org.interpreterline.events.language.LanguageCatalog;
import org.interpreterline.events.language.LanguageMenu;
import org.interpreterline.platform.routing.RosterOwner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The forecast for Grafana's heatmap: {@code line_coverage_forecast_available{language, hour_of_week}}, the
 * interpreters usually on the line ({@code hour_of_week} 000–167, Monday 00:00 first), and {@code line_coverage_forecast_gap_hours{language}}, how many hours of the
 * week are gaps; worked out every minute by the instance that serves the roster (the others report zeros, so a sum
 * over instances is the forecast). The standard menu's languages are always there, zeros too.
 */
@Component
class ForecastGauges implements DisposableBean {

    private static final Duration REFRESH_EVERY = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(ForecastGauges.class);
    private static final Set<String> ALWAYS_SHOWN = LanguageMenu.standard(LanguageCatalog.standard())
            .languagesByDigit().values().stream().map(Language::tag).collect(Collectors.toCollection(TreeSet::new));

    private final ForecastView view;
    private final RosterOwner owner;
    private final MultiGauge available;
    private final MultiGauge gapHours;
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("forecast-gauges").factory());

    ForecastGauges(ForecastView view, RosterOwner owner, MeterRegistry registry) {
        this.view = view;
        this.owner = owner;
        this.available = MultiGauge.builder("line_coverage_forecast_available")
                .description("Interpreters usually on the line, by language and hour of the week (coverage forecast)")
                .register(registry);
        this.gapHours = MultiGauge.builder("line_coverage_forecast_gap_hours")
                .description("Hours of the week with demand and usually no interpreter, by language")
                .register(registry);
        publish(List.of());
        refresher.scheduleWithFixedDelay(this::refresh, 0, REFRESH_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void refresh() {
        try {
            publish(view.forecast().rows());
        } catch (ResponseStatusException e) {
            // starting or rebalancing: keep the last figures, unless another instance serves the roster now
            if (owner.now() instanceof RosterOwner.Owner.There) {
                publish(List.of());
            }
        } catch (RuntimeException e) {
            log.warn("Could not work out the coverage forecast: {}", e.toString());
        }
    }

    private void publish(List<CoverageForecast.Row> rows) {
        Set<String> languages = new TreeSet<>(ALWAYS_SHOWN);
        rows.forEach(r -> languages.add(r.language()));
        double[][] usual = new double[languages.size()][LineWeek.HOURS];
        int[] gaps = new int[languages.size()];
        List<String> order = new ArrayList<>(languages);
        for (CoverageForecast.Row row : rows) {
            int l = order.indexOf(row.language());
            usual[l][row.hourOfWeek()] = row.usualAvailable();
            gaps[l] += row.gap() ? 1 : 0;
        }
        List<MultiGauge.Row<?>> availableRows = new ArrayList<>();
        List<MultiGauge.Row<?>> gapRows = new ArrayList<>();
        for (int l = 0; l < order.size(); l++) {
            for (int h = 0; h < LineWeek.HOURS; h++) {
                // 000–167: zero-padded so that Grafana's heatmap rows sort in the week's order
                availableRows.add(MultiGauge.Row.of(Tags.of("language", order.get(l), "hour_of_week",
                        String.format(Locale.ROOT, "%03d", h)), usual[l][h]));
            }
            gapRows.add(MultiGauge.Row.of(Tags.of("language", order.get(l)), gaps[l]));
        }
        available.register(availableRows, true);
        gapHours.register(gapRows, true);
    }

    @Override
    public void destroy() {
        refresher.shutdownNow();
    }
}

package org.interpreterline.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The Grafana dashboards of deploy/ are well formed, read the data source the provisioning defines, and use
 * only the metric names of the contract (docs/architecture.md, Metrics): a typo here would be a panel that is always empty.
 * Whether each query returns data is {@link SupervisionIT}'s job.
 */
class DashboardsTest {

    /** The contract's metrics (docs/architecture.md, Metrics), plus the dead-letter count and the language names the queries are read with. */
    static final Set<String> LINE_METRICS = Set.of("line_requests_total", "line_connect_seconds_bucket",
            "line_connect_seconds_count", "line_connect_seconds_sum", "line_requests_waiting", "roster_interpreters",
            "roster_offers_total", "notification_twilio_requests_seconds_bucket",
            "notification_twilio_requests_seconds_count", "notification_twilio_requests_seconds_sum",
            "line_webhook_rejected_total", "line_dead_letters_total", "line_language", "line_pin_rejected_total",
            "line_pin_lockouts_total", "line_canary_success", "line_canary_runs_total",
            "line_twilio_breaker_state", "line_coverage_forecast_available", "line_coverage_forecast_gap_hours",
            "line_interpreter_exposure", "line_interpreter_resting");
    /** The contract's metric names (histograms and timers by their base name). */
    static final List<String> CONTRACT = List.of("line_requests_total", "line_connect_seconds",
            "line_requests_waiting", "roster_interpreters", "roster_offers_total",
            "notification_twilio_requests_seconds", "line_webhook_rejected_total");
    private static final Pattern LINE_METRIC = Pattern.compile("\\b(?:line|roster|notification)_[a-z_]+\\b");
    private static final String DATA_SOURCE = "${DS_PROMETHEUS}";

    @Test
    void everyPanelReadsTheProvisionedPrometheusThroughTheDataSourceVariable() {
        String provisionedUid = provisionedDataSourceUid();
        for (Path file : DeployFiles.dashboards()) {
            JsonNode dashboard = DeployedQueries.json(file);
            assertThat(dashboard.path("uid").asString()).as(file + " uid").isNotBlank();
            assertThat(dashboard.path("title").asString()).as(file + " title").startsWith("Interpreter Line");
            JsonNode variable = variable(dashboard, "DS_PROMETHEUS");
            assertThat(variable.path("type").asString()).isEqualTo("datasource");
            assertThat(variable.path("query").asString()).isEqualTo("prometheus");
            assertThat(variable.path("current").path("value").asString()).isEqualTo(provisionedUid);

            Set<Integer> ids = new HashSet<>();
            for (JsonNode panel : DeployedQueries.panels(dashboard.path("panels"))) {
                String title = file.getFileName() + ": " + panel.path("title").asString();
                assertThat(ids.add(panel.path("id").asInt())).as(title + " has its own id").isTrue();
                assertThat(panel.path("datasource").path("uid").asString()).as(title).isEqualTo(DATA_SOURCE);
                JsonNode grid = panel.path("gridPos");
                assertThat(grid.path("x").asInt() + grid.path("w").asInt()).as(title + " fits 24 columns")
                        .isLessThanOrEqualTo(24);
                assertThat(panel.path("description").asString()).as(title + " says what it shows").isNotBlank();
                assertThat(panel.path("targets")).as(title + " queries").isNotEmpty();
                panel.path("targets").forEach(t -> {
                    assertThat(t.path("datasource").path("uid").asString()).as(title).isEqualTo(DATA_SOURCE);
                    assertThat(t.path("expr").asString()).as(title).isNotBlank();
                });
            }
        }
    }

    @Test
    void dashboardsAndRulesUseOnlyTheContractsMetricNamesAndTheSupervisorsSeeThemAll() {
        Set<String> used = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        List<String> exprs = new ArrayList<>();
        DeployedQueries.dashboards(Map.of("__range", "1h", "__rate_interval", "1m", "__interval", "15s",
                "window", "15m", "language", ".*", "application", ".*")).forEach(q -> exprs.add(q.expr()));
        DeployedQueries.rules().forEach(q -> exprs.add(q.expr()));
        for (String expr : exprs) {
            Matcher m = LINE_METRIC.matcher(expr.replaceAll("\"[^\"]*\"", "\"\""));
            while (m.find()) {
                (LINE_METRICS.contains(m.group()) ? used : unknown).add(m.group());
            }
        }
        assertThat(unknown).as("metric names outside the contract").isEmpty();
        for (String name : CONTRACT) {
            assertThat(used).as("queries of " + name).anyMatch(u -> u.startsWith(name));
        }
    }

    private static JsonNode variable(JsonNode dashboard, String name) {
        for (JsonNode v : dashboard.path("templating").path("list")) {
            if (name.equals(v.path("name").asString())) {
                return v;
            }
        }
        throw new AssertionError("no variable " + name);
    }

    @SuppressWarnings("unchecked")
    private static String provisionedDataSourceUid() {
        Map<String, Object> provisioning = DeployedQueries.yaml(
                DeployFiles.root().resolve("grafana/provisioning/datasources/prometheus.yml"));
        Map<String, Object> prometheus = ((List<Map<String, Object>>) provisioning.get("datasources")).getFirst();
        assertThat(prometheus.get("type")).isEqualTo("prometheus");
        assertThat(DeployedQueries.yaml(DeployFiles.root().resolve(
                "grafana/provisioning/dashboards/interpreter-line.yml"))).containsKey("providers");
        return (String) prometheus.get("uid");
    }
}

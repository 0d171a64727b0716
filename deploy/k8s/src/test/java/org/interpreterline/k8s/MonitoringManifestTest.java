package org.interpreterline.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.fabric8.kubernetes.api.model.IntOrString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the prometheus-operator and Grafana's sidecar load is what deploy/prometheus and deploy/grafana hold (and
 * what their own tests check): the same alert rules, the same dashboards, the same scrape targets and job names.
 */
class MonitoringManifestTest {

    /** Reads the rule files, and writes the operator's model back as the tree it stands for (an expr is a string). */
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .addModule(new SimpleModule().addSerializer(IntOrString.class, new StdSerializer<>(IntOrString.class) {
                @Override
                public void serialize(IntOrString value, JsonGenerator out, SerializerProvider provider) throws IOException {
                    if (value.getIntVal() != null) {
                        out.writeNumber(value.getIntVal());
                    } else {
                        out.writeString(value.getStrVal());
                    }
                }
            }))
            .build();

    static Stream<RenderedOverlay> overlays() {
        return LineServicesManifestTest.overlays();
    }

    @Test
    void theCheckedInPrometheusRulesAreTheCopyOfDeployPrometheusRules() throws IOException {
        Path copy = RenderedOverlay.k8sDir().resolve(PrometheusRuleCopies.COPY);
        String expected = PrometheusRuleCopies.expected();
        if (!expected.equals(Files.readString(copy))) {
            Path made = Files.createDirectories(RenderedOverlay.k8sDir().resolve("target")).resolve("prometheus-rules.yaml");
            Files.writeString(made, expected);
            throw new AssertionError(PrometheusRuleCopies.COPY + " is not the copy of deploy/prometheus/rules: "
                    + "cp deploy/k8s/target/prometheus-rules.yaml deploy/k8s/" + PrometheusRuleCopies.COPY);
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theDeployedRulesAreIdenticalToDeployPrometheusRules(RenderedOverlay overlay) throws IOException {
        List<Path> files = PrometheusRuleCopies.ruleFiles();
        assertThat(overlay.all(PrometheusRule.class)).extracting(r -> r.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(files.stream().map(PrometheusRuleCopies::ruleName).toList());
        for (Path file : files) {
            PrometheusRule rule = overlay.named(PrometheusRule.class, PrometheusRuleCopies.ruleName(file));
            JsonNode deployed = YAML.valueToTree(rule.getSpec().getGroups());
            assertThat(deployed).as(file.getFileName() + " as the operator reads it")
                    .isEqualTo(YAML.readTree(file.toFile()).get("groups"));
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void prometheusScrapesTheThreeServicesManagementPortsUnderTheJobNamesTheAlertsExpect(RenderedOverlay overlay)
            throws IOException {
        ServiceMonitor monitor = overlay.all(ServiceMonitor.class).getFirst();
        assertThat(overlay.all(ServiceMonitor.class)).hasSize(1);
        List<Service> scraped = overlay.all(Service.class).stream()
                .filter(s -> LabelSelectors.matches(monitor.getSpec().getSelector(), s.getMetadata().getLabels())).toList();
        assertThat(scraped).extracting(s -> s.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(RenderedOverlay.LINE_SERVICES);
        assertThat(monitor.getSpec().getEndpoints()).singleElement().satisfies(endpoint -> {
            assertThat(endpoint.getPath()).isEqualTo("/actuator/prometheus");
            assertThat(endpoint.getPort()).isEqualTo("management");
            // the services' own "service" label (dead letters, rejected webhooks) must not be renamed
            assertThat(endpoint.getHonorLabels()).isTrue();
            scraped.forEach(s -> assertThat(s.getSpec().getPorts()).as(s.getMetadata().getName())
                    .anyMatch(p -> p.getName().equals("management") && p.getPort() == LineServicesManifestTest.MANAGEMENT_PORT));
        });
        Set<String> jobs = scraped.stream().map(s -> s.getMetadata().getLabels().get(monitor.getSpec().getJobLabel()))
                .collect(Collectors.toSet());
        assertThat(jobs).as("job names").isEqualTo(jobsLineServiceDownWatches());
    }

    /** The jobs of LineServiceDown's {@code up{job=~"a|b|c"}}. */
    private static Set<String> jobsLineServiceDownWatches() throws IOException {
        for (Path file : PrometheusRuleCopies.ruleFiles()) {
            for (JsonNode group : YAML.readTree(file.toFile()).get("groups")) {
                for (JsonNode rule : group.get("rules")) {
                    if ("LineServiceDown".equals(rule.path("alert").asText())) {
                        Matcher jobs = Pattern.compile("job=~\"([^\"]+)\"").matcher(rule.get("expr").asText());
                        assertThat(jobs.find()).isTrue();
                        return Set.copyOf(Arrays.asList(jobs.group(1).split("\\|")));
                    }
                }
            }
        }
        throw new AssertionError("no LineServiceDown alert");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyDashboardIsAConfigMapForGrafanasSidecarWithTheFilesContent(RenderedOverlay overlay) throws IOException {
        List<ConfigMap> dashboards = overlay.all(ConfigMap.class).stream()
                .filter(c -> "1".equals(c.getMetadata().getLabels() == null ? null : c.getMetadata().getLabels().get("grafana_dashboard")))
                .toList();
        Map<String, String> deployed = dashboards.stream().flatMap(c -> c.getData().entrySet().stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        try (Stream<Path> files = Files.list(RenderedOverlay.deployDir().resolve("grafana/dashboards"))) {
            Map<String, String> expected = files.filter(f -> f.toString().endsWith(".json"))
                    .collect(Collectors.toMap(f -> f.getFileName().toString(), MonitoringManifestTest::read));
            assertThat(expected).isNotEmpty();
            assertThat(deployed).isEqualTo(expected);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

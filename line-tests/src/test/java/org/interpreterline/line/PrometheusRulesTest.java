package org.interpreterline.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The alert rules of deploy/prometheus are valid and do what their unit tests say (promtool, Debian's
 * prometheus package), and every alert has its own unit test file in which it fires.
 */
class PrometheusRulesTest {

    @Test
    void theRulesAndTheConfigurationAreValid() throws Exception {
        List<String> check = new ArrayList<>(List.of("check", "rules"));
        DeployFiles.ruleFiles().forEach(f -> check.add(f.toString()));
        promtool(check);
        promtool(List.of("check", "config", DeployFiles.root().resolve("prometheus/prometheus.yml").toString()));
    }

    @Test
    void everyAlertPassesItsUnitTests() throws Exception {
        List<String> test = new ArrayList<>(List.of("test", "rules"));
        DeployFiles.ruleTests().forEach(f -> test.add(f.toString()));
        promtool(test);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyAlertHasATestFileOfItsOwnWhereItFiresAndWhereItIsQuiet() {
        Map<String, Set<String>> testedIn = new HashMap<>();
        Map<String, Boolean> fires = new HashMap<>();
        Map<String, Boolean> quiet = new HashMap<>();
        for (Path file : DeployFiles.ruleTests()) {
            for (Map<String, Object> test : (List<Map<String, Object>>) DeployedQueries.yaml(file).get("tests")) {
                for (Map<String, Object> eval : (List<Map<String, Object>>) test.get("alert_rule_test")) {
                    String alert = (String) eval.get("alertname");
                    testedIn.computeIfAbsent(alert, a -> new HashSet<>()).add(file.getFileName().toString());
                    List<?> expected = (List<?>) eval.get("exp_alerts");
                    boolean firing = expected != null && !expected.isEmpty();
                    fires.merge(alert, firing, Boolean::logicalOr);
                    quiet.merge(alert, !firing, Boolean::logicalOr);
                }
            }
        }
        for (Map<String, Object> rule : alerts()) {
            String name = (String) rule.get("alert");
            assertThat(testedIn.get(name)).as("test files of " + name).hasSize(1);
            assertThat(fires.get(name)).as(name + " fires in its test").isTrue();
            assertThat(quiet.get(name)).as(name + " is quiet at some time of its test").isTrue();
        }
        Map<String, Long> perFile = new HashMap<>();
        testedIn.values().forEach(files -> files.forEach(f -> perFile.merge(f, 1L, Long::sum)));
        assertThat(perFile.values()).as("alerts per test file").containsOnly(1L);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyAlertSaysHowBadItIsAndWhatHappenedInPlainWords() {
        for (Map<String, Object> rule : alerts()) {
            String name = (String) rule.get("alert");
            Map<String, Object> labels = (Map<String, Object>) rule.get("labels");
            Map<String, Object> annotations = (Map<String, Object>) rule.get("annotations");
            // a fixed severity, or one a template chooses between the two ("{{ if ... }}critical{{ else }}warning{{ end }}")
            assertThat(String.valueOf(labels.get("severity")).replaceAll("\\{\\{[^}]*}}", " ").strip().split("\\s+"))
                    .as(name + " severity").isNotEmpty().allMatch(s -> s.equals("critical") || s.equals("warning"));
            assertThat((String) annotations.get("summary")).as(name).isNotBlank().doesNotContain("$value}}");
            assertThat((String) annotations.get("description")).as(name).isNotBlank();
            if (String.valueOf(rule.get("expr")).contains("by (language")) {
                assertThat((String) annotations.get("summary")).as(name + " names the language")
                        .contains("$labels.language_name");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> alerts() {
        List<Map<String, Object>> alerts = new ArrayList<>();
        for (Path file : DeployFiles.ruleFiles()) {
            for (Map<String, Object> group : (List<Map<String, Object>>) DeployedQueries.yaml(file).get("groups")) {
                for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                    if (rule.containsKey("alert")) {
                        alerts.add(rule);
                    }
                }
            }
        }
        assertThat(alerts).isNotEmpty();
        return alerts;
    }

    private static void promtool(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(InstalledTool.PROMTOOL.path().toString()));
        command.addAll(args);
        Process promtool = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(promtool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(promtool.waitFor(60, TimeUnit.SECONDS)).as("promtool finished").isTrue();
        assertThat(promtool.exitValue()).as("promtool " + String.join(" ", args) + "\n" + output).isZero();
    }
}

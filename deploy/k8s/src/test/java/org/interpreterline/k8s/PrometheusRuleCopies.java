package org.interpreterline.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * deploy/k8s/base/monitoring/prometheus-rules.yaml as it must read: one PrometheusRule per file of
 * deploy/prometheus/rules, whose spec is that file, comments and all. The promtool tests of
 * deploy/prometheus/tests therefore test what the prometheus-operator loads.
 */
final class PrometheusRuleCopies {

    static final String COPY = "base/monitoring/prometheus-rules.yaml";

    private PrometheusRuleCopies() {
    }

    static List<Path> ruleFiles() {
        try (Stream<Path> files = Files.list(RenderedOverlay.deployDir().resolve("prometheus/rules"))) {
            return files.filter(f -> f.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PrometheusRule's name for a rules file. */
    static String ruleName(Path file) {
        String name = file.getFileName().toString();
        return "interpreter-line-" + name.substring(0, name.lastIndexOf('.'));
    }

    static String expected() {
        return ruleFiles().stream().map(PrometheusRuleCopies::document).collect(Collectors.joining("---\n"));
    }

    private static String document(Path file) {
        String source;
        try {
            source = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String spec = Arrays.stream(source.split("\n", -1))
                .map(line -> line.isBlank() ? line : "  " + line)
                .collect(Collectors.joining("\n"));
        String name = file.getFileName().toString();
        return """
                # A copy of deploy/prometheus/rules/%s (which promtool tests in deploy/prometheus/tests), made and checked by
                # MonitoringManifestTest: edit that file, not this one.
                apiVersion: monitoring.coreos.com/v1
                kind: PrometheusRule
                metadata:
                  name: %s
                  labels:
                    app.kubernetes.io/part-of: interpreter-line
                spec:
                """.formatted(name, ruleName(file)) + spec;
    }
}

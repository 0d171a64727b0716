package org.interpreterline.line;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The files of deploy/ that supervisors get: Prometheus rules and their unit tests, Grafana dashboards. */
final class DeployFiles {

    private DeployFiles() {
    }

    /** deploy/ of this checkout: the tests run in line-tests/. */
    static Path root() {
        Path root = Path.of(System.getProperty("line.deploy", "../deploy")).toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("No deploy/ folder at " + root);
        }
        return root;
    }

    static List<Path> ruleFiles() {
        return yaml(root().resolve("prometheus/rules"));
    }

    static List<Path> ruleTests() {
        return yaml(root().resolve("prometheus/tests"));
    }

    static List<Path> dashboards() {
        return files(root().resolve("grafana/dashboards"), ".json");
    }

    private static List<Path> yaml(Path dir) {
        return files(dir, ".yml");
    }

    private static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

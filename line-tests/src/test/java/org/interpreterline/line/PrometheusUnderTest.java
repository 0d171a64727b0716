package org.interpreterline.line;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.interpreterline.events.JsonSerde;
import tools.jackson.databind.JsonNode;

/**
 * A real Prometheus (Debian's binary) scraping the line's services every second and evaluating the rules of
 * deploy/, its data under the test's own folder. Queried through its HTTP API as Grafana would.
 */
final class PrometheusUnderTest implements AutoCloseable {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Process process;
    private final String base;
    private final Path log;

    /**
     * @param dir       where its configuration, data and log go (emptied first)
     * @param targets   job name (the service) to the port it serves /actuator/prometheus on
     * @param ruleFiles rule files to evaluate, every second
     * @param user      the services' admin user: metrics need the admin credentials on the service port
     * @param password  its password, handed to Prometheus in a file as deploy/prometheus/prometheus.yml does
     */
    PrometheusUnderTest(Path dir, Map<String, Integer> targets, List<Path> ruleFiles, String user, String password)
            throws IOException {
        org.springframework.util.FileSystemUtils.deleteRecursively(dir);
        Files.createDirectories(dir);
        int port = LineUnderTest.freePort();
        base = "http://127.0.0.1:" + port;
        Path passwordFile = dir.resolve("admin-password");
        Files.writeString(passwordFile, password + "\n"); // as run-local keeps it: Prometheus trims the newline
        Path config = dir.resolve("prometheus.yml");
        Files.writeString(config, config(targets, ruleFiles, user, passwordFile));
        log = dir.resolve("prometheus.log");
        process = new ProcessBuilder(InstalledTool.PROMETHEUS.path().toString(),
                "--config.file=" + config.toAbsolutePath(),
                "--storage.tsdb.path=" + dir.resolve("data").toAbsolutePath(),
                "--web.listen-address=127.0.0.1:" + port,
                "--log.level=warn")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Process started = process;
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly, "prometheus-reaper"));
        Awaitility.await("Prometheus ready (see " + log + ")").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100)).until(this::ready);
    }

    private static String config(Map<String, Integer> targets, List<Path> ruleFiles, String user, Path passwordFile) {
        String rules = ruleFiles.stream().map(p -> "  - " + p.toAbsolutePath()).collect(Collectors.joining("\n"));
        String jobs = targets.entrySet().stream().map(t -> """
                  - job_name: %s
                    metrics_path: /actuator/prometheus
                    basic_auth:
                      username: %s
                      password_file: %s
                    static_configs:
                      - targets: ['127.0.0.1:%d']
                """.formatted(t.getKey(), user, passwordFile.toAbsolutePath(), t.getValue()))
                .collect(Collectors.joining());
        return """
                global:
                  scrape_interval: 1s
                  scrape_timeout: 900ms
                  evaluation_interval: 1s
                rule_files:
                %s
                scrape_configs:
                %s""".formatted(rules, jobs);
    }

    private boolean ready() {
        if (!process.isAlive()) {
            throw new IllegalStateException("Prometheus exited " + process.exitValue() + "; see " + log);
        }
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + "/-/ready")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The instant value of {@code expr} now: its {@code data.result} array. */
    JsonNode query(String expr) {
        return api("/api/v1/query", Map.of("query", expr)).path("result");
    }

    /** {@code expr} over a time range: one series per result, each with its samples. */
    JsonNode queryRange(String expr, Instant from, Instant to, Duration step) {
        return api("/api/v1/query_range", Map.of("query", expr, "start", seconds(from), "end", seconds(to),
                "step", Long.toString(step.toSeconds()))).path("result");
    }

    /** The rule groups as Prometheus evaluates them, with each rule's health and last error. */
    JsonNode rules() {
        return api("/api/v1/rules", null).path("groups");
    }

    /** The single value of an expression that yields one series (a sum), or NaN when it yields none. */
    double value(String expr) {
        JsonNode result = query(expr);
        return result.isEmpty() ? Double.NaN : Double.parseDouble(result.get(0).path("value").get(1).asString());
    }

    /** @param params a query's parameters, sent as a form (queries can be long); null for a plain GET */
    private JsonNode api(String path, Map<String, String> params) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
        if (params != null) {
            String form = params.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = JsonSerde.MAPPER.readTree(response.body());
            if (!"success".equals(body.path("status").asString())) {
                throw new IllegalStateException(path + " " + params + " failed: " + response.body());
            }
            return body.path("data");
        } catch (IOException e) {
            throw new IllegalStateException(path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String seconds(Instant at) {
        return Double.toString(at.toEpochMilli() / 1000.0);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}

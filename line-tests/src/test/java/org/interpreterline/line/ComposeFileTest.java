package org.interpreterline.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * deploy/compose is a line an operator can start: docker-compose (Debian's, 1.29) validates it against the Compose
 * schema and resolves it from the operator's .env (here .env.example with its one required blank filled in); the
 * resolved file has the shape the README promises; .env.example lists every variable of README's Configuration;
 * Prometheus' and Alertmanager's own tools accept their files.
 */
class ComposeFileTest {

    static final Path COMPOSE = DeployFiles.root().resolve("compose");
    /** Set by compose.yaml itself (or by the image, or a secret file), so not in .env.example to fill in. */
    static final Set<String> SET_BY_COMPOSE = Set.of("KAFKA_BOOTSTRAP_SERVERS", "DISPATCH_PUBLIC_URL",
            "NOTIFICATION_PUBLIC_URL", "TWILIO_AUTH_TOKEN", "ADMIN_PASSWORD", "SERVER_PORT", "LINE_STATE_DIR",
            "LINE_KAFKA_REPLICATION_FACTOR", "LINE_TEST_BROKER", "MANAGEMENT_SERVER_PORT", "SPRING_PROFILES_ACTIVE",
            "LINE_INSTANCE_URL", "LINE_RESIDENT_MASTER_KEY");
    static final List<String> SERVICES = List.of("dispatch-1", "dispatch-2", "roster-1", "roster-2", "notification-1",
            "notification-2");

    @TempDir
    static Path work;
    static Path env;

    @BeforeAll
    static void anOperatorsEnvFile() throws IOException {
        env = work.resolve("line.env");
        Files.writeString(env, Files.readString(COMPOSE.resolve(".env.example"), StandardCharsets.UTF_8)
                .replace("\nKAFKA_CLUSTER_ID=\n", "\nKAFKA_CLUSTER_ID=q1Sh-9_ISia_zwGINzRvyQ\n"), StandardCharsets.UTF_8);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theComposeFileResolvesToThreeBrokersTwoInstancesOfEachServiceAndOnePublicPort() {
        ExternalCommand.Result config = compose(env);
        assertThat(config.exitCode()).as(config.all()).isZero();
        Map<String, Object> resolved = new Yaml().load(config.output());
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) resolved.get("services");

        for (String broker : List.of("kafka-1", "kafka-2", "kafka-3")) {
            Map<String, Object> environment = (Map<String, Object>) services.get(broker).get("environment");
            assertThat(environment).containsEntry("KAFKA_MIN_INSYNC_REPLICAS", "2")
                    .containsEntry("KAFKA_DEFAULT_REPLICATION_FACTOR", "3")
                    .containsEntry("KAFKA_CONTROLLER_QUORUM_VOTERS", "1@kafka-1:9093,2@kafka-2:9093,3@kafka-3:9093");
        }
        Set<Object> stateVolumes = new LinkedHashSet<>();
        for (String name : SERVICES) {
            Map<String, Object> service = services.get(name);
            assertThat(service.get("read_only")).as(name).isEqualTo(true);
            Map<String, Object> environment = (Map<String, Object>) service.get("environment");
            assertThat(environment).as(name)
                    .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "kafka-1:9092,kafka-2:9092,kafka-3:9092")
                    .containsEntry("LINE_KAFKA_REPLICATION_FACTOR", "3")
                    .containsEntry("MANAGEMENT_SERVER_PORT", "9000")
                    .containsEntry("SPRING_PROFILES_ACTIVE", "production")
                    .containsEntry("DISPATCH_PUBLIC_URL", "https://line.example.org")
                    .doesNotContainKeys("TWILIO_AUTH_TOKEN", "ADMIN_PASSWORD", "LINE_RESIDENT_MASTER_KEY");
            assertThat(service.get("ports")).as(name + " is reached through HAProxy only").isNull();
            stateVolumes.addAll((List<Object>) service.get("volumes"));
        }
        assertThat(stateVolumes).as("each instance its own state volume").hasSize(SERVICES.size());

        List<String> published = new ArrayList<>();
        services.forEach((name, service) -> ((List<Object>) service.getOrDefault("ports", List.of()))
                .forEach(port -> published.add(name + " " + hostSide(port))));
        assertThat(published).filteredOn(p -> !p.contains(" 127.0.0.1:"))
                .as("only the TLS webhook port is open beyond loopback").containsExactly("haproxy :443->8443");
    }

    @Test
    void aMissingClusterIdIsNamedNotGuessed() throws IOException {
        Path incomplete = work.resolve("incomplete.env");
        Files.copy(COMPOSE.resolve(".env.example"), incomplete);
        ExternalCommand.Result config = compose(incomplete);
        assertThat(config.exitCode()).isNotZero();
        assertThat(config.all()).contains("set KAFKA_CLUSTER_ID in .env");
    }

    @Test
    void theEnvironmentExampleListsEveryVariableOfTheReadmesConfiguration() throws IOException {
        String readme = Files.readString(DeployFiles.root().resolveSibling("README.md"), StandardCharsets.UTF_8);
        String configuration = readme.substring(readme.indexOf("## Configuration"),
                readme.indexOf("\n## ", readme.indexOf("## Configuration") + 1));
        Set<String> documented = new LinkedHashSet<>();
        Matcher variable = Pattern.compile("^\\| `([A-Z][A-Z0-9_]+)`(?:, `([A-Z][A-Z0-9_]+)`)?", Pattern.MULTILINE)
                .matcher(configuration);
        while (variable.find()) {
            documented.add(variable.group(1));
            if (variable.group(2) != null) {
                documented.add(variable.group(2));
            }
        }
        documented.removeAll(SET_BY_COMPOSE);
        assertThat(documented).hasSizeGreaterThan(20);
        String example = Files.readString(COMPOSE.resolve(".env.example"), StandardCharsets.UTF_8);
        assertThat(documented).allSatisfy(name ->
                assertThat(example).as(".env.example").containsPattern("(?m)^(# )?" + name + "="));
    }

    @Test
    void prometheusAndAlertmanagerAcceptTheirFiles() {
        ExternalCommand.succeed(List.of(InstalledTool.PROMTOOL.path().toString(), "check", "config",
                COMPOSE.resolve("prometheus/prometheus.yml").toString()), Map.of(), Duration.ofMinutes(1));
        ExternalCommand.succeed(List.of(InstalledTool.AMTOOL.path().toString(), "check-config",
                COMPOSE.resolve("alertmanager/alertmanager.yml").toString()), Map.of(), Duration.ofMinutes(1));
    }

    /** A published port as "address:port->container port", from the short ("a:p:c/tcp") or long form. */
    @SuppressWarnings("unchecked")
    private static String hostSide(Object port) {
        if (port instanceof Map<?, ?> map) {
            Map<String, Object> mapping = (Map<String, Object>) map;
            return mapping.getOrDefault("host_ip", "") + ":" + mapping.get("published") + "->" + mapping.get("target");
        }
        String[] parts = port.toString().replace("/tcp", "").split(":");
        return parts.length == 3 ? parts[0] + ":" + parts[1] + "->" + parts[2] : ":" + parts[0] + "->" + parts[1];
    }

    /** {@code docker-compose config} in deploy/compose, with {@code envFile} as the operator's .env. */
    private static ExternalCommand.Result compose(Path envFile) {
        List<String> command = List.of(InstalledTool.DOCKER_COMPOSE.path().toString(),
                "--project-directory", COMPOSE.toString(), "--file", COMPOSE.resolve("compose.yaml").toString(),
                "--env-file", envFile.toString(), "config");
        // LINE_ENV_FILE: the services' env_file, .env next to compose.yaml otherwise
        return ExternalCommand.run(command, Map.of("LINE_ENV_FILE", envFile.toString()), Duration.ofMinutes(2));
    }
}

package org.interpreterline.line;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.interpreterline.simulator.client.SimulatorClient;
import org.springframework.util.FileSystemUtils;

/**
 * The whole line in containers, each part from its image: a Kafka broker, the Twilio simulator and the three
 * services, each container with a read-only root filesystem, only {@code /tmp} (tmpfs) and the service's state
 * volume writable, a memory limit its JVM sizes its heap from, and the services' secrets as files in
 * {@code /run/secrets}, as deploy/compose runs them.
 *
 * <p>All containers share the host's network: every port is on 127.0.0.1, where the test reaches the simulator,
 * the admin APIs and the broker, and where the services reach each other, as in {@link LineUnderTest}. A podman
 * network would need a bridge, firewall rules and a DNS plug-in that the CI machines' nested sandbox may not
 * offer, and would test podman more than the images.
 *
 * <p>The broker runs the Kafka server jars the build already has ({@code deploy/local}'s KRaft broker, mounted
 * read-only) on the test base image: the compose file's {@code apache/kafka} image is not available here.
 */
final class ContainerLine implements AutoCloseable {

    /** Marks the containers of these tests, so that a run can remove what a killed run left behind. */
    private static final String LABEL = "org.interpreterline.test";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private static final String SERVICE_MEMORY = "640m";
    /**
     * The JIT's first tier only, as the other line tests start the services (-Dline.full-jit=true for production's
     * JIT): five JVMs starting at once on two cores took 92 s to be healthy with C2 compiling beside them. The images'
     * own flags (heap from the memory limit) still apply: JAVA_TOOL_OPTIONS adds to them.
     */
    private static final Map<String, String> QUICK_START = Boolean.getBoolean("line.full-jit") ? Map.of()
            : Map.of("JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1");

    /** One container of the line: its name in podman and the ports its health is read on. */
    record Part(String role, String container, List<Integer> healthPorts) {
    }

    final String bootstrapServers;
    final SimulatorClient sim;
    final LineAdmin admin;
    final EventLog events;
    final Map<String, Part> services = new LinkedHashMap<>();
    private final Podman podman;
    private final String name;
    private final Path logs;
    private final List<Part> started = new ArrayList<>();
    private final Part broker;

    private ContainerLine(Podman podman, String name, TestBaseImage base, double timeScale) throws IOException {
        this.podman = podman;
        this.name = name;
        this.logs = Path.of(System.getProperty("line.logs", "target/line-logs"), name);
        FileSystemUtils.deleteRecursively(logs);
        Files.createDirectories(logs);
        removeLeftovers();
        try {
            String authToken = UUID.randomUUID().toString().replace("-", "");
            String adminPassword = UUID.randomUUID().toString();
            int kafkaPort = LineUnderTest.freePort();
            int simPort = LineUnderTest.freePort();
            Map<String, Integer> ports = new LinkedHashMap<>();
            for (String service : List.of("interpreter-roster", "dispatch-service", "notification-service")) {
                ports.put(service, LineUnderTest.freePort());
            }
            bootstrapServers = "127.0.0.1:" + kafkaPort;
            String dispatchUrl = "http://127.0.0.1:" + ports.get("dispatch-service");

            broker = start("broker", withEnv(QUICK_START, List.of("--memory", "512m", "--tmpfs", "/var/lib/kafka:rw,mode=1777",
                    "--volume", localStack().resolve("lib") + ":/opt/kafka/lib:ro",
                    "--volume", localStack().resolve("local-stack.jar") + ":/opt/kafka/local-stack.jar:ro",
                    base.image(),
                    "java", "-Xmx256m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError",
                    "-Dlog4j2.configurationFile=kafka-log4j2.xml",
                    "-cp", "/opt/kafka/local-stack.jar:/opt/kafka/lib/*", "org.interpreterline.local.broker.StandaloneBroker",
                    "/var/lib/kafka/data", Integer.toString(kafkaPort), Integer.toString(LineUnderTest.freePort()))),
                    List.of());

            Map<String, String> twilio = Map.of(
                    "TWILIO_ACCOUNT_SID", LineUnderTest.ACCOUNT_SID,
                    "TWILIO_AUTH_TOKEN", authToken,
                    "TWILIO_LINE_NUMBER", LineUnderTest.LINE_NUMBER,
                    "DISPATCH_PUBLIC_URL", dispatchUrl);
            Map<String, String> simEnv = new LinkedHashMap<>(twilio);
            simEnv.putAll(QUICK_START);
            simEnv.put("SERVER_PORT", Integer.toString(simPort));
            simEnv.put("SIMULATOR_TIME_SCALE", Double.toString(timeScale));
            Part simulator = start("twilio-simulator", withEnv(simEnv, List.of("--memory", "384m",
                    LineImages.image("twilio-simulator"))), List.of(simPort));

            Map<String, String> env = new LinkedHashMap<>(twilio);
            env.putAll(QUICK_START);
            env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
            env.put("TWILIO_API_BASE_URL", "http://127.0.0.1:" + simPort);
            env.put("NOTIFICATION_PUBLIC_URL", "http://127.0.0.1:" + ports.get("notification-service"));
            env.put("ADMIN_USER", LineUnderTest.ADMIN_USER);
            // the secrets as deploy/compose hands them over: files in /run/secrets named after their variable
            env.remove("TWILIO_AUTH_TOKEN");
            env.put("SPRING_CONFIG_IMPORT", "optional:configtree:/run/secrets/");
            Path secrets = secrets(Map.of("TWILIO_AUTH_TOKEN", authToken, "ADMIN_PASSWORD", adminPassword));
            for (Map.Entry<String, Integer> service : ports.entrySet()) {
                int managementPort = LineUnderTest.freePort();
                Map<String, String> own = new LinkedHashMap<>(env);
                own.put("SERVER_PORT", Integer.toString(service.getValue()));
                own.put("MANAGEMENT_SERVER_PORT", Integer.toString(managementPort));
                // the state volume: an anonymous volume, set up from the image's directory as a named one would be
                services.put(service.getKey(), start(service.getKey(), withEnv(own, List.of("--memory", SERVICE_MEMORY,
                        "--volume", "/var/lib/interpreter-line", "--volume", secrets + ":/run/secrets:ro",
                        LineImages.image(service.getKey()))),
                        List.of(managementPort, service.getValue())));
            }

            awaitHealthy(simulator);
            for (Part service : services.values()) {
                awaitHealthy(service);
            }
            sim = SimulatorClient.forPort(simPort);
            admin = new LineAdmin(new AdminApi(dispatchUrl, LineUnderTest.ADMIN_USER, adminPassword),
                    new AdminApi("http://127.0.0.1:" + ports.get("interpreter-roster"), LineUnderTest.ADMIN_USER,
                            adminPassword));
            events = new EventLog(bootstrapServers);
        } catch (RuntimeException | IOException e) {
            close(); // a part that did not come up: stop those that did
            throw e;
        }
    }

    static ContainerLine start(Podman podman, String name, TestBaseImage base, double timeScale) throws IOException {
        return new ContainerLine(podman, name, base, timeScale);
    }

    /**
     * One file per secret, readable by its owner (root) and group 0 only, as README's Deploying asks of the
     * operator: the services run as uid 10001 in group 0.
     */
    private Path secrets(Map<String, String> values) throws IOException {
        Path dir = Files.createDirectories(logs.resolve("secrets"));
        for (Map.Entry<String, String> secret : values.entrySet()) {
            Path file = dir.resolve(secret.getKey());
            Files.writeString(file, secret.getValue() + "\n", StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-x---"));
        return dir;
    }

    /** {@code podman run -d} with what every part of the line gets: host network, read-only root, tmpfs /tmp. */
    private Part start(String role, List<String> imageAndArguments, List<Integer> healthPorts) {
        String container = name + "-" + role;
        List<String> run = new ArrayList<>(List.of("run", "-d", "--name", container, "--label", LABEL + "=" + name,
                "--network", "host", "--read-only", "--read-only-tmpfs=false", "--tmpfs", "/tmp:rw,mode=1777"));
        run.addAll(imageAndArguments);
        podman.run(Duration.ofMinutes(2), run);
        Part part = new Part(role, container, healthPorts);
        started.add(part);
        return part;
    }

    private static List<String> withEnv(Map<String, String> env, List<String> rest) {
        List<String> arguments = new ArrayList<>();
        env.forEach((key, value) -> arguments.addAll(List.of("--env", key + "=" + value)));
        arguments.addAll(rest);
        return arguments;
    }

    /**
     * Waits until the part's {@code /actuator/health} says UP on one of its ports (the management port first, then
     * the service's own); fails at once, with the container's log, if it stops.
     */
    private void awaitHealthy(Part part) {
        Awaitility.await(part.role() + " healthy").atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    String state = podman.run("inspect", "--format", "{{.State.Status}}", part.container());
                    if (!"running".equals(state)) {
                        throw new IllegalStateException(part.role() + " is " + state + ":\n"
                                + ExternalCommand.tail(podman.attempt(Duration.ofSeconds(30),
                                        List.of("logs", part.container())).all()));
                    }
                    return part.healthPorts().stream().anyMatch(ContainerLine::up);
                });
    }

    private static boolean up(int port) {
        try {
            HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The heap the part's JVM may grow to, in bytes: the sum of its heap pools' maximums on /actuator/prometheus. */
    double heapMax(Part part) {
        for (int port : part.healthPorts()) {
            try {
                HttpResponse<String> metrics = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (metrics.statusCode() == 200) {
                    return metrics.body().lines()
                            .filter(l -> l.startsWith("jvm_memory_max_bytes{") && l.contains("area=\"heap\""))
                            .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                            .filter(max -> max > 0)
                            .sum();
                }
            } catch (IOException e) {
                // not this port: the next one
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(part.role() + " serves no /actuator/prometheus on " + part.healthPorts());
    }

    /** Runs a command inside a running part of the line; how it went. */
    ExternalCommand.Result exec(Part part, String... command) {
        List<String> args = new ArrayList<>(List.of("exec", part.container()));
        args.addAll(List.of(command));
        return podman.attempt(Duration.ofSeconds(30), args);
    }

    String inspect(Part part, String format) {
        return podman.run("inspect", "--format", format, part.container());
    }

    /** {@code deploy/local}'s build output: the broker's Kafka jars in lib/ and its entry point in local-stack.jar. */
    private static Path localStack() {
        Path target = Path.of(System.getProperty("line.local-stack", "../deploy/local/target")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(target.resolve("local-stack.jar"))) {
            throw new IllegalStateException("No local-stack.jar in " + target + ": run the tests through Maven");
        }
        return target;
    }

    /** Containers of an earlier run of the same test that was killed before it could stop them. */
    private void removeLeftovers() {
        String leftovers = podman.run("ps", "-a", "-q", "--filter", "label=" + LABEL + "=" + name);
        for (String id : leftovers.lines().filter(l -> !l.isBlank()).toList()) {
            podman.attempt(Duration.ofMinutes(1), List.of("rm", "-f", "-v", id));
        }
    }

    /** Stops the services first and the broker last; keeps each container's log in line-logs/. */
    @Override
    public void close() {
        if (events != null) {
            try {
                events.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        List<Part> stopOrder = new ArrayList<>(started);
        java.util.Collections.reverse(stopOrder);
        for (Part part : stopOrder) {
            podman.attempt(Duration.ofMinutes(1), List.of("stop", "-t", "20", part.container()));
            try {
                Files.writeString(logs.resolve(part.role() + ".log"), podman.attempt(Duration.ofMinutes(1),
                        List.of("logs", part.container())).all(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                podman.attempt(Duration.ofMinutes(1), List.of("rm", "-f", "-v", part.container()));
            }
        }
    }

    Part broker() {
        return broker;
    }
}

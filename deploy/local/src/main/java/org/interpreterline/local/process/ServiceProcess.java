package org.interpreterline.local.process;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * One service of the line (or the simulator) running as its own JVM from its executable jar, configured only
 * through the line's environment variables (README.md, Configuration), as it would be deployed. Output goes to a log file per
 * service. Used by {@code ./run-local} and by the end-to-end tests.
 */
public final class ServiceProcess implements AutoCloseable {

    /** Modest: four of these and a broker share a laptop (or a 2-core CI machine). */
    public static final List<String> JVM_OPTIONS = List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError");
    /** A loaded 2-core machine (CI, a restart under load) can take minutes to start a JVM. */
    public static final Duration DEFAULT_PATIENCE = Duration.ofMinutes(3);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String name;
    private final int port;
    private final String host;
    private final int healthPort;
    private final ChildJvm jvm;
    private final Path tmpDir;

    /**
     * @param logDir gets {@code <name>.log} and the JVM's temporary directory {@code <name>-tmp}
     */
    public ServiceProcess(String name, Path jar, int port, Map<String, String> env, Path logDir) {
        this(name, jar, port, env, logDir, JVM_OPTIONS);
    }

    public ServiceProcess(String name, Path jar, int port, Map<String, String> env, Path logDir, List<String> jvmOptions) {
        if (!Files.exists(jar)) {
            throw new IllegalStateException("No jar at " + jar.toAbsolutePath() + ": build first (./mvnw package)");
        }
        this.name = name;
        this.port = port;
        this.host = reachableHost(env.get("SERVER_ADDRESS"));
        // with a management port of its own, the actuator (health) is there and only there
        String managementPort = env.get("MANAGEMENT_SERVER_PORT");
        this.healthPort = managementPort == null || managementPort.isBlank() ? port : Integer.parseInt(managementPort.strip());
        List<String> arguments = new ArrayList<>(jvmOptions);
        arguments.add("-Djava.io.tmpdir=" + logDir.resolve(name + "-tmp").toAbsolutePath());
        arguments.add("-Dline.instance=" + name); // which service and instance this JVM is, for ps and top
        arguments.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        Map<String, String> environment = new java.util.HashMap<>(env);
        environment.put("SERVER_PORT", Integer.toString(port));
        this.jvm = new ChildJvm(name, arguments, environment, logDir.resolve(name + ".log"));
        this.tmpDir = logDir.resolve(name + "-tmp");
    }

    /** Starts the JVM, which is killed when this JVM exits; call {@link #awaitHealthy()} before using it. */
    public ServiceProcess start() throws IOException {
        return start(true);
    }

    /**
     * @param reapOnExit kill the service when this JVM exits; false for a caller whose own shutdown hook stops its
     *                   children in order (shutdown hooks run concurrently: a reaper would cut that short)
     */
    public ServiceProcess start(boolean reapOnExit) throws IOException {
        Files.createDirectories(tmpDir);
        jvm.start();
        if (reapOnExit) {
            ProcessHandle started = jvm.handle();
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly, name + "-reaper"));
        }
        return this;
    }

    public void awaitHealthy() {
        awaitHealthy(DEFAULT_PATIENCE);
    }

    /** Waits for {@code /actuator/health} to say UP; fails at once if the process exits. */
    public void awaitHealthy(Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        String status = "unreachable";
        while (Instant.now().isBefore(deadline) && jvm.alive()) {
            status = health();
            if ("UP".equals(status)) {
                return;
            }
            pause(Duration.ofMillis(250));
        }
        throw new IllegalStateException(name + " is not healthy (" + status + "); see " + jvm.log().toAbsolutePath()
                + jvm.exitValue().map(code -> " (process exited " + code + ")").orElse(""));
    }

    /** The status {@code /actuator/health} reports (to anyone: status only), or "unreachable". */
    public String health() {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create("http://" + host + ":" + healthPort + "/actuator/health"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body()).path("status").asString("unreachable");
        } catch (IOException | RuntimeException e) {
            return "unreachable";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unreachable";
        }
    }

    /** SIGKILL: the process gets no chance to flush, commit or say goodbye. */
    public void kill() throws InterruptedException {
        jvm.kill();
    }

    /** SIGTERM and wait: Spring closes the consumers and Streams cleanly. */
    public void stop() throws InterruptedException {
        jvm.stop(Duration.ofSeconds(30));
    }

    public boolean alive() {
        return jvm.alive();
    }

    public long pid() {
        return jvm.pid();
    }

    public int port() {
        return port;
    }

    public String name() {
        return name;
    }

    public String url() {
        return "http://" + host + ":" + port;
    }

    /** Where this machine reaches a service listening on {@code address} (SERVER_ADDRESS; unset: everywhere). */
    private static String reachableHost(String address) {
        if (address == null || address.isBlank() || address.startsWith("127.")
                || List.of("0.0.0.0", "::", "[::]", "::0").contains(address.strip())) {
            return "127.0.0.1";
        }
        return address.contains(":") ? "[" + address.strip() + "]" : address.strip();
    }

    public File logFile() {
        return jvm.log().toFile();
    }

    public ChildJvm jvm() {
        return jvm;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
    }
}

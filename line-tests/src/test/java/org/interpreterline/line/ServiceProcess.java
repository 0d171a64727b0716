package org.interpreterline.line;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.interpreterline.testkit.ServiceProbe;

/**
 * One service of the line running as its own JVM from its executable jar, configured only through the
 * environment variables of DESIGN.md §5, as it would be deployed. Output goes to a log file per service.
 */
final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final int port;
    private final Map<String, String> env;
    private final Path log;
    private Process process;

    ServiceProcess(String name, int port, Map<String, String> env, Path logDir) {
        this.name = name;
        this.port = port;
        this.env = Map.copyOf(env);
        this.log = logDir.resolve(name + ".log");
    }

    static Path jar(String service) {
        String dir = System.getProperty("line.service-jars", "target/service-jars");
        Path jar = Path.of(dir, service + "-exec.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("No jar at " + jar.toAbsolutePath() + ": run the tests through Maven"
                    + " (./mvnw verify), which builds the services first");
        }
        return jar;
    }

    /** Starts the JVM; call {@link #awaitHealthy()} before using it. */
    ServiceProcess start() throws IOException {
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError",
                "-Djava.io.tmpdir=" + log.getParent().resolve(name + "-tmp"),
                "-jar", jar(name).toString()));
        Files.createDirectories(log.getParent().resolve(name + "-tmp"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        process = builder.start();
        Process started = process;
        // whatever happens to the test, no service outlives the test JVM
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly, name + "-reaper"));
        return this;
    }

    void awaitHealthy() {
        long giveUp = System.nanoTime() + java.time.Duration.ofMinutes(3).toNanos();
        String status = new ServiceProbe(port).awaitHealth();
        // a busy machine (a CI runner, a restart under load) can take longer than the probe's minute to start a JVM
        while (!"UP".equals(status) && process.isAlive() && System.nanoTime() < giveUp) {
            status = new ServiceProbe(port).awaitHealth();
        }
        if (!"UP".equals(status)) {
            throw new IllegalStateException(name + " is not healthy (" + status + "); see " + log.toAbsolutePath()
                    + (process.isAlive() ? "" : " (process exited " + process.exitValue() + ")"));
        }
    }

    /** SIGKILL: the process gets no chance to flush, commit or say goodbye. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM and wait: Spring closes the consumers and Streams cleanly. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    int port() {
        return port;
    }

    String name() {
        return name;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    File logFile() {
        return log.toFile();
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}

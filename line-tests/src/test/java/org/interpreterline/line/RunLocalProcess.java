package org.interpreterline.line;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.interpreterline.local.LocalPorts;

/**
 * {@code ./run-local} as a person would start it from the repository root, with its own data folder and ports
 * (so it runs next to anything else), never building (Maven already did) and without the operator's §5
 * environment (so it always starts its own broker and simulator).
 */
final class RunLocalProcess implements AutoCloseable {

    private static final List<String> OPERATOR_VARIABLES = List.of("KAFKA_BOOTSTRAP_SERVERS", "TWILIO_ACCOUNT_SID",
            "TWILIO_AUTH_TOKEN", "TWILIO_LINE_NUMBER", "TWILIO_API_BASE_URL", "DISPATCH_PUBLIC_URL",
            "NOTIFICATION_PUBLIC_URL", "ADMIN_USER", "ADMIN_PASSWORD", "FALLBACK_NUMBER");

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    final int offset;
    final Path dataDir;
    final Path output;
    private final Process process;
    /** its own process group, as a terminal gives the command it runs: Ctrl-C then reaches the whole group */
    private final boolean ownGroup = Files.isExecutable(SETSID);

    private RunLocalProcess(Path repository, Path dataDir, Path output, int offset) throws IOException {
        this.offset = offset;
        this.dataDir = dataDir;
        this.output = output;
        Files.createDirectories(output.getParent());
        List<String> command = new ArrayList<>();
        if (ownGroup) {
            command.add(SETSID.toString());
        }
        if (sigintIgnored()) {
            // started from a background job, which ignores SIGINT and hands that on: undo it, or Ctrl-C cannot be tested
            command.addAll(List.of("env", "--default-signal=INT"));
        }
        command.addAll(List.of("./run-local", "--fresh", "--no-build", "--data-dir", dataDir.toString(),
                "--port-offset", Integer.toString(offset)));
        ProcessBuilder builder = new ProcessBuilder(command).directory(repository.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        OPERATOR_VARIABLES.forEach(builder.environment()::remove);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        process = builder.start();
    }

    static RunLocalProcess start(Path repository, Path dataDir, Path output) throws IOException {
        return new RunLocalProcess(repository, dataDir, output, freeOffset());
    }

    /** Waits for the "ready" line; fails with the launcher's output if it exits or takes too long. */
    void awaitReady(Duration patience) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (output().contains("Interpreter Line is ready")) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("./run-local exited " + process.exitValue() + ":\n" + output());
            }
            Thread.sleep(250);
        }
        throw new AssertionError("./run-local not ready after " + patience + ":\n" + output());
    }

    String output() throws IOException {
        return new String(Files.readAllBytes(output), StandardCharsets.UTF_8);
    }

    String adminPassword() throws IOException {
        return Files.readString(dataDir.resolve("admin-password"), StandardCharsets.UTF_8).strip();
    }

    int port(int designPort) {
        return designPort + offset;
    }

    /** The launcher (the script execs it) and every process below it, as they are now. */
    List<ProcessHandle> processTree() {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(process.toHandle());
        process.toHandle().descendants().forEach(tree::add);
        return tree;
    }

    /** Ctrl-C, as a terminal delivers it: SIGINT to every process of the foreground group (the children too). */
    void interrupt() throws IOException, InterruptedException {
        String target = ownGroup ? "-" + process.pid() : Long.toString(process.pid());
        new ProcessBuilder("kill", "-INT", "--", target).inheritIO().start().waitFor();
    }

    boolean awaitExit(Duration patience) throws InterruptedException {
        return process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The line's ports that something still holds, by what they were for. */
    Map<String, Integer> portsInUse() {
        return LocalPorts.withOffset(offset).taken(true, true);
    }

    /** Whatever a failed test left running: gone. */
    @Override
    public void close() {
        List<ProcessHandle> tree = processTree();
        tree.forEach(ProcessHandle::destroyForcibly);
    }

    private static boolean sigintIgnored() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("SigIgn:")) {
                    return (Long.parseUnsignedLong(line.substring(7).strip(), 16) & (1L << 1)) != 0; // SIGINT is 2
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: nothing to undo
        }
        return false;
    }

    private static int freeOffset() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int offset = 20_000 + 10 * ThreadLocalRandom.current().nextInt(2_000);
            if (LocalPorts.withOffset(offset).taken(true, true).isEmpty()) {
                return offset;
            }
        }
        throw new IllegalStateException("no free set of ports for ./run-local");
    }
}

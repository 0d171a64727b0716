package org.interpreterline.local.process;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A JVM started from this one, on the same JDK, with its output in a log file.
 *
 * <p>On POSIX systems the child starts with SIGINT ignored: a Ctrl-C in the terminal reaches the whole foreground
 * process group, and the parent must decide when and in which order its children stop (services before the
 * broker they flush to). SIGTERM still stops the child cleanly; its PID is the JVM's own ({@code exec}).
 */
public final class ChildJvm {

    private static final Path SETSID = Path.of("/usr/bin/setsid");
    private static final boolean POSIX = !System.getProperty("os.name", "").toLowerCase().startsWith("windows");

    private final String name;
    private final List<String> arguments;
    private final Map<String, String> environment;
    private final Path log;
    /** a JVM on this JDK, or another program (arguments then start with its path) */
    private final boolean java;
    private Process process;
    private volatile boolean stopRequested;

    /**
     * @param arguments   what follows {@code java}: JVM options, then {@code -jar x.jar} or a main class
     * @param environment added to this process's own environment
     */
    public ChildJvm(String name, List<String> arguments, Map<String, String> environment, Path log) {
        this(name, arguments, environment, log, true);
    }

    /**
     * Another program run the same way (log, stop, kill): the load balancer. It is put in a session of its own
     * (where {@code setsid} exists) so that a Ctrl-C meant for the launcher does not stop it before the services.
     */
    public static ChildJvm program(String name, Path executable, List<String> arguments, Path log) {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            command.add(SETSID.toString());
        }
        command.add(executable.toString());
        command.addAll(arguments);
        return new ChildJvm(name, command, Map.of(), log, false);
    }

    private ChildJvm(String name, List<String> arguments, Map<String, String> environment, Path log, boolean java) {
        this.name = name;
        this.arguments = List.copyOf(arguments);
        this.environment = Map.copyOf(environment);
        this.log = log;
        this.java = java;
    }

    public ChildJvm start() throws IOException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        stopRequested = false;
        List<String> command = new ArrayList<>();
        if (POSIX) {
            command.addAll(List.of("/bin/sh", "-c", "trap '' INT; exec \"$@\"", name));
        }
        if (java) {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        }
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
        return this;
    }

    /** SIGTERM, without waiting: several children can then stop at the same time. */
    public void requestStop() {
        if (alive() && !stopRequested) {
            stopRequested = true;
            process.destroy();
        }
    }

    /** SIGTERM (unless already sent), then SIGKILL if it is still there after {@code grace}. */
    public void stop(Duration grace) throws InterruptedException {
        if (alive()) {
            requestStop();
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
            }
        }
    }

    /** SIGKILL: the child gets no chance to flush, commit or say goodbye. */
    public void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    public boolean alive() {
        return process != null && process.isAlive();
    }

    public Optional<Integer> exitValue() {
        return process == null || process.isAlive() ? Optional.empty() : Optional.of(process.exitValue());
    }

    public CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    public long pid() {
        return process.pid();
    }

    public String name() {
        return name;
    }

    public Path log() {
        return log;
    }

    /**
     * The last lines of the log, each cut to 200 characters, to show why a child failed without sending anyone
     * looking for the file.
     */
    public List<String> logTail(int lines) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long from = Math.max(0, file.length() - 16_384);
            byte[] end = new byte[(int) (file.length() - from)];
            file.seek(from);
            file.readFully(end);
            List<String> all = new String(end, StandardCharsets.UTF_8).lines()
                    .map(line -> line.length() > 200 ? line.substring(0, 200) + "…" : line).toList();
            return all.subList(Math.max(0, all.size() - lines), all.size());
        } catch (IOException e) {
            return List.of();
        }
    }
}

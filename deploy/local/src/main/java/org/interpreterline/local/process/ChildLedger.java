package org.interpreterline.local.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The children of one run, written down as they start: a launcher killed with SIGKILL cannot stop them, so the
 * next run stops what the previous one left behind. A line is "pid start-instant name"; the start instant keeps
 * a recycled pid from being taken for one of ours.
 */
public final class ChildLedger {

    private final Path file;

    public ChildLedger(Path file) {
        this.file = file;
    }

    public synchronized void add(ChildJvm child) throws IOException {
        ProcessHandle handle = child.handle();
        String started = handle.info().startInstant().map(Instant::toString).orElse("-");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, handle.pid() + " " + started + " " + child.name() + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Stops (SIGTERM, then SIGKILL) the processes of a previous run that are still alive; returns their names. */
    public synchronized List<String> stopLeftovers() throws IOException, InterruptedException {
        List<String> stopped = new ArrayList<>();
        if (Files.exists(file)) {
            // last started first, as a clean stop does: the services before the broker they write to
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8).reversed()) {
                String[] fields = line.split(" ", 3);
                if (fields.length == 3) {
                    Optional<ProcessHandle> leftover = ours(fields);
                    if (leftover.isPresent()) {
                        stop(leftover.get());
                        stopped.add(fields[2] + " (pid " + fields[0] + ")");
                    }
                }
            }
        }
        clear();
        return stopped;
    }

    public synchronized void clear() throws IOException {
        Files.deleteIfExists(file);
    }

    private static Optional<ProcessHandle> ours(String[] fields) {
        try {
            return ProcessHandle.of(Long.parseLong(fields[0]))
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().startInstant().map(Instant::toString).orElse("-").equals(fields[1]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void stop(ProcessHandle process) throws InterruptedException {
        process.destroy();
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            process.destroyForcibly();
        }
    }
}

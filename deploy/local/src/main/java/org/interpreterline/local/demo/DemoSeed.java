package org.interpreterline.local.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.interpreterline.local.admin.ServiceAdmin;

/**
 * Puts the demo roster on the line through the admin APIs, exactly as an administrator would, once: a marker file
 * remembers it was done, since the roster itself lives on in Kafka from one run to the next.
 */
public final class DemoSeed {

    private final ServiceAdmin roster;
    private final ServiceAdmin dispatch;
    private final Path marker;

    public DemoSeed(ServiceAdmin roster, ServiceAdmin dispatch, Path marker) {
        this.roster = roster;
        this.dispatch = dispatch;
        this.marker = marker;
    }

    /** What a start did about the demo roster. */
    public enum Outcome { SEEDED, KEPT, NONE }

    /**
     * Seeds the demo roster if it is wanted and was never seeded. An earlier seed is kept even when not wanted
     * now: the roster lives in Kafka, and only {@code --fresh} forgets it.
     */
    public Outcome seedOnce(boolean wanted) throws IOException, InterruptedException {
        if (Files.exists(marker)) {
            return Outcome.KEPT;
        }
        if (!wanted) {
            return Outcome.NONE;
        }
        seed();
        return Outcome.SEEDED;
    }

    /** Everyone at once: each admin write waits until it is applied, and one after the other adds up to seconds. */
    private void seed() throws IOException, InterruptedException {
        try (ExecutorService writers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> writes = new ArrayList<>();
            DemoRoster.INTERPRETERS.forEach(i -> writes.add(writers.submit(() -> add(i))));
            DemoRoster.OFFICERS.forEach(o -> writes.add(writers.submit(() -> add(o))));
            for (Future<?> write : writes) {
                try {
                    write.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
                }
            }
        }
        Files.createDirectories(marker.toAbsolutePath().getParent());
        Files.writeString(marker, "demo roster seeded at " + Instant.now() + "\n");
    }

    private void add(DemoRoster.Interpreter interpreter) {
        ServiceAdmin.Answer added = roster.post("/api/interpreters", Map.of("name", interpreter.name(),
                "phone", interpreter.phone(), "languages", interpreter.languages(), "tier", interpreter.tier()));
        if (added.ok()) {
            roster.expectOk("PUT", "/api/interpreters/" + added.json().path("id").asString() + "/presence",
                    Map.of("status", "AVAILABLE"));
        } else if (added.status() != 409) { // 409: on the roster already (an earlier seed was interrupted)
            throw new IllegalStateException("adding " + interpreter.name() + " answered " + added.status() + ": " + added.json());
        }
    }

    private void add(DemoRoster.Officer officer) {
        ServiceAdmin.Answer added = dispatch.post("/api/responders", Map.of("name", officer.name(),
                "phone", officer.phone(), "agency", officer.agency(), "badge", officer.badge()));
        if (!added.ok() && added.status() != 409) {
            throw new IllegalStateException("adding " + officer.name() + " answered " + added.status() + ": " + added.json());
        }
    }
}

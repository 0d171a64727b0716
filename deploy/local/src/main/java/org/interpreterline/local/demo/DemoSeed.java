package org.interpreterline.local.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
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

    public boolean alreadySeeded() {
        return Files.exists(marker);
    }

    public void seed() throws IOException {
        for (DemoRoster.Interpreter interpreter : DemoRoster.INTERPRETERS) {
            ServiceAdmin.Answer added = roster.post("/api/interpreters", Map.of("name", interpreter.name(),
                    "phone", interpreter.phone(), "languages", interpreter.languages(), "tier", interpreter.tier()));
            if (added.ok()) {
                roster.expectOk("PUT", "/api/interpreters/" + added.json().path("id").asString() + "/presence",
                        Map.of("status", "AVAILABLE"));
            } else if (added.status() != 409) { // 409: on the roster already (an earlier seed was interrupted)
                throw new IllegalStateException("adding " + interpreter.name() + " answered " + added.status() + ": " + added.json());
            }
        }
        for (DemoRoster.Officer officer : DemoRoster.OFFICERS) {
            ServiceAdmin.Answer added = dispatch.post("/api/responders", Map.of("name", officer.name(),
                    "phone", officer.phone(), "agency", officer.agency(), "badge", officer.badge()));
            if (!added.ok() && added.status() != 409) {
                throw new IllegalStateException("adding " + officer.name() + " answered " + added.status() + ": " + added.json());
            }
        }
        Files.createDirectories(marker.toAbsolutePath().getParent());
        Files.writeString(marker, "demo roster seeded at " + Instant.now() + "\n");
    }
}

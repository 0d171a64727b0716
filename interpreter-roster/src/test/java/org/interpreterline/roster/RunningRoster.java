package org.interpreterline.roster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.interpreterline.testkit.TestBroker;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The roster service on a random port against the shared real broker; one context for all its test classes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"line.admin.user=admin", "line.admin.password=test-only-password",
                "line.admin.supervisor.user=shift-supervisor", "line.admin.supervisor.password=test-supervisor-pw",
                "line.admin.auditor.user=city-auditor", "line.admin.auditor.password=test-auditor-pw"})
public abstract class RunningRoster {

    protected static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) throws Exception {
        Path state = Files.createTempDirectory("roster-state");
        registry.add("spring.kafka.bootstrap-servers", () -> TestBroker.shared().bootstrapServers());
        registry.add("line.streams.state-dir", state::toString);
        registry.add("line.streams.application-id", () -> "roster-test-" + RUN);
        registry.add("line.roster-id", () -> "roster-test-" + RUN);
    }

    @LocalServerPort
    protected int port;
}

package org.interpreterline.roster;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
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
                "line.admin.auditor.user=city-auditor", "line.admin.auditor.password=test-auditor-pw",
                // a second agency's roster beside the deployment's own
                "line.rosters.numbers=ems=+14125550200"})
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

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    /** A call to the roster's admin API as its administrator. */
    protected HttpResponse<String> asAdmin(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "admin:test-only-password".getBytes()))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}

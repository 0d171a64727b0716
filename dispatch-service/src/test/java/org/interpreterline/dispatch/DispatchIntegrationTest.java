package org.interpreterline.dispatch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.interpreterline.dispatch.intake.CallerHangUps;
import org.interpreterline.testkit.ServiceProbe;
import org.interpreterline.testkit.SignedWebhook;
import org.interpreterline.testkit.TestBroker;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * One running dispatch-service for every integration test class (same configuration, so Spring reuses the
 * context): the real broker, Twilio played by signed webhooks, the admin API with known credentials.
 * Tests tell their data apart by fresh phone numbers and SIDs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class DispatchIntegrationTest {

    protected static final String AUTH_TOKEN = "test-auth-token";
    /** What Twilio believes the service's address is; signatures are computed over it. */
    protected static final String PUBLIC_URL = "https://dispatch.line.test";
    protected static final String ADMIN_USER = "admin";
    protected static final String ADMIN_PASSWORD = "test-admin-password";
    protected static final String SUPERVISOR_USER = "shift-supervisor";
    protected static final String SUPERVISOR_PASSWORD = "test-supervisor-password";
    protected static final String AUDITOR_USER = "city-auditor";
    protected static final String AUDITOR_PASSWORD = "test-auditor-password";
    /** The EMS roster's own supervisor: reads that roster's history, board and minutes only. */
    protected static final String EMS_SUPERVISOR_USER = "ems-supervisor";
    protected static final String EMS_SUPERVISOR_PASSWORD = "test-ems-supervisor-password";
    protected static final String FALLBACK = "+14125550199";
    protected static final String AGENCY_WITH_PIN = "Allegheny County Sheriff";
    protected static final String AGENCY_PIN = "4321";
    /** The deployment's own roster ({@code LINE_ROSTER_ID}) and its number ({@code TWILIO_LINE_NUMBER}). */
    protected static final String HOME_ROSTER = "default";
    protected static final String HOME_NUMBER = "+14125550100";
    /** A second agency's roster the deployment serves, on a number of its own ({@code LINE_ROSTER_NUMBERS}). */
    protected static final String EMS_ROSTER = "ems";
    protected static final String EMS_NUMBER = "+14125550101";

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final AtomicInteger PHONES = new AtomicInteger((int) (System.nanoTime() % 9000));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @DynamicPropertySource
    static void line(DynamicPropertyRegistry registry) throws IOException {
        Path stateDir = Files.createTempDirectory("dispatch-test-state");
        registry.add("spring.kafka.bootstrap-servers", () -> TestBroker.shared().bootstrapServers());
        registry.add("line.twilio.auth-token", () -> AUTH_TOKEN);
        registry.add("line.twilio.public-url", () -> PUBLIC_URL);
        registry.add("line.admin.user", () -> ADMIN_USER);
        registry.add("line.admin.password", () -> ADMIN_PASSWORD);
        registry.add("line.admin.supervisor.user", () -> SUPERVISOR_USER);
        registry.add("line.admin.supervisor.password", () -> SUPERVISOR_PASSWORD);
        registry.add("line.admin.auditor.user", () -> AUDITOR_USER);
        registry.add("line.admin.auditor.password", () -> AUDITOR_PASSWORD);
        registry.add("line.admin.roster-supervisors.ems.user", () -> EMS_SUPERVISOR_USER);
        registry.add("line.admin.roster-supervisors.ems.password", () -> EMS_SUPERVISOR_PASSWORD);
        registry.add("line.roster-id", () -> HOME_ROSTER);
        registry.add("line.twilio.line-number", () -> HOME_NUMBER);
        registry.add("line.rosters.numbers", () -> EMS_ROSTER + "=" + EMS_NUMBER);
        registry.add("line.dispatch.fallback-number", () -> FALLBACK);
        registry.add("line.webhooks.fallback-number", () -> FALLBACK);
        registry.add("line.dispatch.agencies[0].name", () -> AGENCY_WITH_PIN);
        registry.add("line.dispatch.agencies[0].pin", () -> AGENCY_PIN);
        registry.add("line.streams.state-dir", stateDir::toString);
        registry.add("line.streams.application-id", () -> "dispatch-test-" + RUN);
    }

    @LocalServerPort
    protected int port;

    /** The real one; a test makes it fail for a CallSid of its own, to see what a failing webhook answers. */
    @MockitoSpyBean
    protected CallerHangUps callerHangUps;

    @BeforeEach
    void lineIsUp() {
        new ServiceProbe(port).awaitHealth();
    }

    /** A phone number no other test uses. */
    protected static String freshPhone() {
        return "+1412" + String.format("%07d", 5_000_000 + PHONES.incrementAndGet());
    }

    protected static String freshSid(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "");
    }

    /** POSTs a webhook signed the way Twilio signs it. */
    protected HttpResponse<String> webhook(String pathAndQuery, Map<String, String> params)
            throws IOException, InterruptedException {
        return SignedWebhook.post(AUTH_TOKEN, PUBLIC_URL + pathAndQuery, "http://127.0.0.1:" + port + pathAndQuery,
                params);
    }

    protected HttpResponse<String> admin(String method, String path, String json, String accept)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(15))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((ADMIN_USER + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", accept)
                // as every admin tool does: a write without a JSON body (a cancel) is refused without it
                .header("X-Requested-By", "dispatch-tests")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    protected HttpResponse<String> admin(String method, String path, String json)
            throws IOException, InterruptedException {
        return admin(method, path, json, "application/json");
    }

    protected HttpResponse<String> anonymous(String method, String path, String json)
            throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Registers a responder through the admin API (answered once the directory shows them). */
    protected String registerResponder(String name, String phone, String agency)
            throws IOException, InterruptedException {
        HttpResponse<String> created = admin("POST", "/api/responders", """
                {"name": "%s", "phone": "%s", "agency": "%s", "badge": "B-7"}""".formatted(name, phone, agency));
        if (created.statusCode() != 201) {
            throw new AssertionError("could not register responder: " + created.statusCode() + " " + created.body());
        }
        return created.body();
    }
}

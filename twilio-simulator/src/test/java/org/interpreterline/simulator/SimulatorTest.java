package org.interpreterline.simulator;

import java.time.Duration;
import com.twilio.http.TwilioRestClient;
import org.interpreterline.simulator.client.SimulatorClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One simulator for all scenario tests (the Spring context is shared), the line's webhooks pointing at
 * {@link FakeLine}, waits sped up 20 times, and the real Twilio SDK routed to the simulator as the services do it.
 * The account has a second number, {@link #OTHER_LINE} (another agency's), pointed at the same webhooks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"simulator.time-scale=20", "simulator.webhook-timeout=5s",
                "simulator.other-line-numbers=" + SimulatorTest.OTHER_LINE})
public abstract class SimulatorTest {

    protected static final String ACCOUNT_SID = "AC00000000000000000000000000000000";
    protected static final String LINE = "+14125550100";
    protected static final String OTHER_LINE = "+14125550200";
    protected static final Duration WAIT = Duration.ofSeconds(10);
    protected static final FakeLine line = FakeLine.shared();

    @LocalServerPort
    protected int port;
    protected SimulatorClient sim;
    protected TwilioRestClient twilio;

    @DynamicPropertySource
    static void lineWebhooks(DynamicPropertyRegistry registry) {
        registry.add("simulator.line-voice-url", () -> line.url("/twilio/voice"));
        registry.add("simulator.line-sms-url", () -> line.url("/twilio/sms"));
        registry.add("simulator.line-status-callback-url", () -> line.url("/twilio/voice/status"));
    }

    @BeforeEach
    void connect() {
        sim = SimulatorClient.forPort(port);
        sim.reset(true);
        line.reset();
        twilio = TwilioSdk.client(ACCOUNT_SID, FakeLine.AUTH_TOKEN, port);
    }

    @AfterEach
    void everyWebhookWasSignedLikeTwilio() {
        assertThat(line.received()).allSatisfy(hook -> {
            assertThat(hook.signatureValid()).as("signature of %s %s", hook.method(), hook.url()).isTrue();
            assertThat(hook.userAgent()).isEqualTo("TwilioProxy/1.1");
            assertThat(hook.idempotencyToken()).isNotBlank();
        });
    }

    protected String url(String path) {
        return line.url(path);
    }
}

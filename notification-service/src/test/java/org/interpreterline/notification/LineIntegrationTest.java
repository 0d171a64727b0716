package org.interpreterline.notification;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.UUID;
import org.interpreterline.testkit.TestBroker;
import org.interpreterline.notification.calls.CallBook;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The one Spring context every integration test of this module shares: notification-service on the real test
 * broker, with a roster of its own (so records other tests leave on the shared topics are not its business)
 * and its public URL known before it starts (Twilio signs webhooks over it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class LineIntegrationTest {

    protected static final String ROSTER = "it-" + UUID.randomUUID().toString().substring(0, 8);
    protected static final String TOKEN = "simulator-token-not-a-secret";
    protected static final String ACCOUNT = "AC00000000000000000000000000000000";
    protected static final String LINE_NUMBER = "+14125550100";
    protected static final int PORT = freePort();
    protected static final String PUBLIC_URL = "http://127.0.0.1:" + PORT;
    protected static final String ADMIN_USER = "admin";
    protected static final String ADMIN_PASSWORD = "test-only-admin-password";
    protected static final String FALLBACK = "+14125550199";
    private static final String STATE_DIR = stateDir();

    /** The real one; a test makes it fail for an offer of its own, to see what a failing webhook answers. */
    @MockitoSpyBean
    protected CallBook callBook;

    private static EventPlayer player;
    private static NotificationWatch watch;

    @DynamicPropertySource
    static void line(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", LineIntegrationTest::bootstrapServers);
        // the webhook signatures cover the public URL, so the port is chosen before the service starts
        registry.add("server.port", () -> PORT);
        registry.add("line.twilio.public-url", () -> PUBLIC_URL);
        registry.add("line.twilio.account-sid", () -> ACCOUNT);
        registry.add("line.twilio.auth-token", () -> TOKEN);
        registry.add("line.twilio.line-number", () -> LINE_NUMBER);
        registry.add("line.admin.user", () -> ADMIN_USER);
        registry.add("line.admin.password", () -> ADMIN_PASSWORD);
        registry.add("line.webhooks.fallback-number", () -> FALLBACK);
        // the simulator runs its clock ten times faster: the bridge waits as long in Twilio's time
        registry.add("line.notification.bridge-attempts", () -> 50);
        // a Twilio that failed long enough to open the breaker is tried again soon (TwilioDownTest)
        registry.add("line.twilio.breaker.open-for", () -> "2s");
        registry.add("line.twilio.api-base-url", TwilioStandIn::baseUrl);
        registry.add("line.notification.roster-id", () -> ROSTER);
        // a call desk of its own on the shared broker, its stores in a directory of their own
        registry.add("line.streams.application-id", () -> "notification-" + ROSTER);
        registry.add("line.streams.state-dir", () -> STATE_DIR);
    }

    protected static String bootstrapServers() {
        return TestBroker.shared().bootstrapServers();
    }

    protected static synchronized EventPlayer player() {
        if (player == null) {
            player = new EventPlayer(bootstrapServers());
        }
        return player;
    }

    protected static synchronized NotificationWatch watch() {
        if (watch == null) {
            watch = new NotificationWatch(bootstrapServers(), ROSTER);
        }
        return watch;
    }

    @AfterAll
    static void keepSharedHelpers() {
        // the player, the watch and the context live for the whole test JVM, like the broker
    }

    protected static String stateDir() {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("notification-it-");
            dir.toFile().deleteOnExit();
            return dir.toString();
        } catch (IOException e) {
            throw new IllegalStateException("no temporary directory", e);
        }
    }

    protected static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}

package org.interpreterline.simulator;

import java.io.IOException;
import java.net.ServerSocket;
import org.interpreterline.simulator.calls.CallView;
import org.interpreterline.simulator.client.SimulatorClient;
import org.interpreterline.simulator.phones.PhoneView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A line that is not there at all (its webhooks' port refuses connections): calls and texts to its number go to
 * the number's fallback URLs, signed like any webhook.
 */
class UnreachableLineTest {

    private static final String OFFICER = "+14125550122";
    private static final FakeLine fallbackHost = FakeLine.shared();
    private static ConfigurableApplicationContext simulator;
    private static SimulatorClient sim;
    private static String downLine;

    @BeforeAll
    static void start() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort(); // closed again at once: nothing listens there
        }
        downLine = "http://127.0.0.1:" + closedPort;
        simulator = new SpringApplicationBuilder(TwilioSimulatorApplication.class).properties(
                "server.port=0",
                "simulator.line-voice-url=" + downLine + "/twilio/voice",
                "simulator.line-sms-url=" + downLine + "/twilio/sms",
                "simulator.line-status-callback-url=" + downLine + "/twilio/voice/status",
                "simulator.line-voice-fallback-url=" + fallbackHost.url("/unreachable/voice.xml"),
                "simulator.line-voice-fallback-method=GET",
                "simulator.line-sms-fallback-url=" + fallbackHost.url("/unreachable/sms.xml"),
                "simulator.line-sms-fallback-method=GET",
                "simulator.time-scale=20").run();
        sim = SimulatorClient.forPort(((WebServerApplicationContext) simulator).getWebServer().getPort());
    }

    @AfterAll
    static void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void aCallToALineThatRefusesConnectionsHearsTheFallback() {
        fallbackHost.respond("/unreachable/voice.xml", "<Response><Say>The line is down, sorry.</Say></Response>");

        String callSid = sim.dial(OFFICER);

        CallView call = sim.awaitCall(callSid, c -> c.status().isFinal(), SimulatorTest.WAIT);
        assertThat(sim.phone(OFFICER).heard()).containsExactly("The line is down, sorry.");
        assertThat(call.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("connection refused"));
        FakeLine.Hook hook = fallbackHost.awaitHook("/unreachable/voice.xml");
        assertThat(hook.signatureValid()).as("signed like any webhook").isTrue();
        assertThat(hook.params()).containsEntry("CallSid", callSid).containsEntry("ErrorCode", "11200")
                .containsEntry("ErrorUrl", downLine + "/twilio/voice");
    }

    @Test
    void aTextToALineThatRefusesConnectionsGetsTheFallbacksReply() {
        fallbackHost.respond("/unreachable/sms.xml", "<Response><Message>The line is down.</Message></Response>");

        sim.sms(OFFICER, "arabic");

        PhoneView phone = sim.awaitPhone(OFFICER, p -> !p.inbox().isEmpty(), SimulatorTest.WAIT);
        assertThat(phone.inboxBodies()).containsExactly("The line is down.");
        FakeLine.Hook hook = fallbackHost.awaitHook("/unreachable/sms.xml");
        assertThat(hook.signatureValid()).isTrue();
        assertThat(hook.params()).containsEntry("Body", "arabic").containsEntry("ErrorUrl", downLine + "/twilio/sms");
    }
}

package org.interpreterline.line;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.SimpleFileServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.interpreterline.fallback.FallbackFiles;
import org.interpreterline.fallback.FallbackTwiml;
import org.interpreterline.simulator.calls.CallView;
import org.interpreterline.simulator.phones.Behaviour;
import org.interpreterline.simulator.phones.PhoneCallState;
import org.interpreterline.simulator.phones.PhoneView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * When the line itself is down, its number still gets an officer to an interpreter: the number's fallback URLs
 * point at the static TwiML deploy/fallback makes (served here by the JDK's plain file server, as a bucket or the
 * Kubernetes fallback server would), and Twilio (the simulator) runs it when dispatch-service does not answer.
 */
class LineDownFallbackIT {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final String FALLBACK = "+18005550199";
    static final String OFFICER = "+14125551301";

    static HttpServer fallbackHost;
    static LineUnderTest line;

    @BeforeAll
    static void startTheLineWithItsFallback() throws Exception {
        Path documents = FallbackFiles.write(new FallbackTwiml(FALLBACK), Files.createTempDirectory("line-fallback"));
        fallbackHost = SimpleFileServer.createFileServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                documents, SimpleFileServer.OutputLevel.NONE);
        fallbackHost.start();
        String base = "http://127.0.0.1:" + fallbackHost.getAddress().getPort() + "/";
        line = LineUnderTest.start("line-down-fallback", Map.of("FALLBACK_NUMBER", FALLBACK), 4, Map.of(
                "simulator.line-voice-fallback-url", base + FallbackFiles.VOICE,
                "simulator.line-voice-fallback-method", "GET",
                "simulator.line-sms-fallback-url", base + FallbackFiles.SMS,
                "simulator.line-sms-fallback-method", "GET"));
        line.sim.configurePhone(FALLBACK, "Backup interpreter service", Behaviour.ANSWER, 200, null, false);
        line.sim.configurePhone(OFFICER, "Officer Lee", Behaviour.MANUAL, null, null, false);
        line.responder("Officer Lee", OFFICER, "Pittsburgh Police");
    }

    @AfterAll
    static void stopTheLine() throws Exception {
        if (line != null) {
            line.close();
        }
        if (fallbackHost != null) {
            fallbackHost.stop(0);
        }
    }

    @Test
    void withDispatchServiceDownAnOfficerWhoCallsHearsTheApologyAndReachesTheFallbackNumber_andATextGetsIt()
            throws Exception {
        // while the line answers, its own menu is what the officer hears
        String upCall = line.sim.dial(OFFICER);
        line.sim.awaitPhone(OFFICER, p -> p.waitingForInput() && p.heardText("For Spanish, press 1"), PATIENCE);
        line.sim.hangup(OFFICER);
        line.sim.awaitCall(upCall, c -> c.status().isFinal(), PATIENCE);
        assertThat(line.sim.webhookLog()).noneMatch(hook -> hook.url().contains(FallbackFiles.VOICE));

        line.dispatch.stop();

        String call = line.sim.dial(OFFICER);
        PhoneView provider = line.sim.awaitPhone(FALLBACK, p -> p.callState() == PhoneCallState.IN_CALL, PATIENCE);
        PhoneView officer = line.sim.awaitPhone(OFFICER, p -> p.callState() == PhoneCallState.IN_CALL, PATIENCE);
        assertThat(officer.callSid()).isEqualTo(call);
        assertThat(officer.heardText("The interpreter line cannot take your call right now.")).isTrue();
        assertThat(provider.calls().getLast().other()).as("the provider sees the officer's number").isEqualTo(OFFICER);
        CallView view = line.sim.call(call);
        assertThat(view.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(11200);
            assertThat(e.url()).endsWith("/twilio/voice");
        });
        assertThat(view.legs()).singleElement().satisfies(leg -> assertThat(leg.to()).isEqualTo(FALLBACK));
        line.sim.hangup(OFFICER);
        line.sim.awaitCall(call, c -> c.status().isFinal(), PATIENCE);

        line.sim.sms(OFFICER, "spanish");
        PhoneView texted = line.sim.awaitPhone(OFFICER, p -> p.inboxBodies().stream().anyMatch(b -> b.contains(FALLBACK)),
                PATIENCE);
        assertThat(texted.inboxBodies()).last().asString().contains("not answering").endsWith(FALLBACK);
    }
}

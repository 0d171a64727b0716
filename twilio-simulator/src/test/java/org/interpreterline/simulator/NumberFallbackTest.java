package org.interpreterline.simulator;

import java.time.Duration;
import org.interpreterline.simulator.calls.CallStatus;
import org.interpreterline.simulator.calls.CallView;
import org.interpreterline.simulator.phones.PhoneCallState;
import org.interpreterline.simulator.phones.PhoneSettings;
import org.interpreterline.simulator.phones.Behaviour;
import org.interpreterline.simulator.phones.PhoneView;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The line's number with fallback URLs, as Twilio runs them: when the line's voice or messaging webhook answers
 * an error status, takes longer than the webhook time-out or answers invalid TwiML, the fallback URL is requested
 * (signed, with ErrorCode and ErrorUrl) and its TwiML is what the caller hears or the texter gets back. An
 * unreachable line is {@link UnreachableLineTest}.
 */
class NumberFallbackTest extends SimulatorTest {

    private static final String OFFICER = "+14125550122";
    private static final String PROVIDER = "+18005550199";
    private static final String VOICE_FALLBACK = """
            <Response><Say>We are sorry, the line is not answering. Connecting you to an interpreter service.</Say>\
            <Dial>+18005550199</Dial></Response>""";

    @DynamicPropertySource
    static void fallbacks(DynamicPropertyRegistry registry) {
        registry.add("simulator.line-voice-fallback-url", () -> line.url("/fallback/voice"));
        registry.add("simulator.line-sms-fallback-url", () -> line.url("/fallback/sms.xml"));
        registry.add("simulator.line-sms-fallback-method", () -> "GET");
        registry.add("simulator.webhook-timeout", () -> "1s"); // a slow line is found out in a second
    }

    @Test
    void aCallWhoseVoiceWebhookAnswers5xxRunsTheFallbackAndReachesTheProvider() {
        sim.configurePhone(PROVIDER, new PhoneSettings("Interpreter service", Behaviour.ANSWER, 50, null, false));
        line.fail("/twilio/voice", 503);
        line.respond("/fallback/voice", VOICE_FALLBACK);

        String callSid = sim.dial(OFFICER);

        sim.awaitPhone(PROVIDER, p -> p.callState() == PhoneCallState.IN_CALL, WAIT);
        PhoneView officer = sim.awaitPhone(OFFICER, p -> p.callState() == PhoneCallState.IN_CALL, WAIT);
        assertThat(officer.heard()).containsExactly(
                "We are sorry, the line is not answering. Connecting you to an interpreter service.");
        FakeLine.Hook fallback = line.awaitHook("/fallback/voice");
        assertThat(fallback.method()).isEqualTo("POST");
        assertThat(fallback.params()).containsEntry("CallSid", callSid).containsEntry("From", OFFICER)
                .containsEntry("To", LINE).containsEntry("ErrorCode", "11200")
                .containsEntry("ErrorUrl", line.url("/twilio/voice"));
        CallView call = sim.call(callSid);
        assertThat(call.errors()).singleElement().satisfies(e -> assertThat(e.code()).isEqualTo(11200));
        assertThat(call.legs()).singleElement().satisfies(leg -> assertThat(leg.to()).isEqualTo(PROVIDER));
        sim.hangup(PROVIDER);
        sim.awaitCall(callSid, c -> c.status() == CallStatus.COMPLETED, WAIT);
    }

    @Test
    void aVoiceWebhookSlowerThanTheTimeOutIsGivenUpAndTheFallbackTakesOver() {
        line.respondAfter("/twilio/voice", Duration.ofSeconds(3), "<Response><Say>Too late.</Say></Response>");
        line.respond("/fallback/voice", "<Response><Say>Sorry, please call back.</Say></Response>");

        String callSid = sim.dial(OFFICER);

        CallView call = sim.awaitCall(callSid, c -> c.status().isFinal(), WAIT);
        assertThat(sim.phone(OFFICER).heard()).containsExactly("Sorry, please call back.");
        assertThat(call.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("timed out"));
        assertThat(line.awaitHook("/fallback/voice").param("ErrorCode")).isEqualTo("11200");
    }

    @Test
    void aWebhookThatFailsLaterInTheCallAlsoHandsItToTheFallback() {
        line.respond("/twilio/voice", """
                <Response><Gather numDigits="1" timeout="60" action="/menu"><Say>Press 1.</Say></Gather></Response>""");
        line.respond("/menu", "<Response><Say>unclosed</Response>");
        line.respond("/fallback/voice", "<Response><Say>Sorry, please call back.</Say></Response>");

        String callSid = sim.dial(OFFICER);
        sim.awaitPhone(OFFICER, PhoneView::waitingForInput, WAIT);
        sim.press(OFFICER, "1");

        sim.awaitCall(callSid, c -> c.status().isFinal(), WAIT);
        assertThat(sim.phone(OFFICER).heard()).containsExactly("Press 1.", "Sorry, please call back.");
        FakeLine.Hook fallback = line.awaitHook("/fallback/voice");
        assertThat(fallback.params()).containsEntry("ErrorCode", "12100").containsEntry("ErrorUrl", line.url("/menu"));
    }

    @Test
    void aFallbackThatFailsTooEndsTheCallWithTwiliosApplicationErrorAndIsRequestedOnce() {
        line.fail("/twilio/voice", 500);
        line.fail("/fallback/voice", 500);

        String callSid = sim.dial(OFFICER);

        CallView call = sim.awaitCall(callSid, c -> c.status().isFinal(), WAIT);
        assertThat(sim.phone(OFFICER).heard()).containsExactly("We are sorry, an application error has occurred. Goodbye.");
        assertThat(call.errors()).extracting(e -> e.url()).containsExactly(line.url("/twilio/voice"), line.url("/fallback/voice"));
        assertThat(line.received("/fallback/voice")).hasSize(1);
    }

    @Test
    void aTextWhoseMessagingWebhookAnswers5xxGetsTheFallbacksReplyFetchedWithGet() {
        line.fail("/twilio/sms", 502);
        line.respond("/fallback/sms.xml", "<Response><Message>The line is down. Call +18005550199.</Message></Response>");

        String sid = sim.sms(OFFICER, "spanish");

        PhoneView phone = sim.awaitPhone(OFFICER, p -> !p.inbox().isEmpty(), WAIT);
        assertThat(phone.inboxBodies()).containsExactly("The line is down. Call +18005550199.");
        assertThat(phone.inbox().getFirst().from()).isEqualTo(LINE);
        FakeLine.Hook fallback = line.awaitHook("/fallback/sms.xml");
        assertThat(fallback.method()).isEqualTo("GET");
        assertThat(fallback.params()).containsEntry("MessageSid", sid).containsEntry("Body", "spanish")
                .containsEntry("From", OFFICER).containsEntry("ErrorCode", "11200")
                .containsEntry("ErrorUrl", line.url("/twilio/sms"));
    }

    @Test
    void aTextWhoseMessagingWebhookIsTooSlowGetsTheFallbacksReply() {
        line.respondAfter("/twilio/sms", Duration.ofSeconds(3), "<Response><Message>Too late.</Message></Response>");
        line.respond("/fallback/sms.xml", "<Response><Message>The line is down.</Message></Response>");

        sim.sms(OFFICER, "spanish");

        PhoneView phone = sim.awaitPhone(OFFICER, p -> !p.inbox().isEmpty(), WAIT);
        assertThat(phone.inboxBodies()).containsExactly("The line is down.");
    }

    @Test
    void aLineThatAnswersIsNeverHandedToTheFallback() {
        line.respond("/twilio/voice", "<Response><Say>Welcome.</Say></Response>");
        line.respond("/twilio/sms", "<Response><Message>Got it.</Message></Response>");

        String callSid = sim.dial(OFFICER);
        sim.sms(OFFICER, "spanish");

        sim.awaitCall(callSid, c -> c.status().isFinal(), WAIT);
        sim.awaitPhone(OFFICER, p -> !p.inbox().isEmpty(), WAIT);
        assertThat(sim.phone(OFFICER).heard()).containsExactly("Welcome.");
        assertThat(sim.phone(OFFICER).inboxBodies()).containsExactly("Got it.");
        assertThat(line.received("/fallback/voice")).isEmpty();
        assertThat(line.received("/fallback/sms.xml")).isEmpty();
    }
}

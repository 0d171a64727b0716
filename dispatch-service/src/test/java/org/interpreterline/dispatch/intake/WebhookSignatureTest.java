package org.interpreterline.dispatch.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.interpreterline.dispatch.DispatchIntegrationTest;
import org.interpreterline.dispatch.LineTopicsTap;
import org.interpreterline.dispatch.requests.RequestIds;
import org.interpreterline.events.dispatch.RequestCancelled;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.testkit.SignedWebhook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only Twilio reaches the line's webhooks: a forged or missing signature gets 403 and publishes nothing. */
class WebhookSignatureTest extends DispatchIntegrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"/twilio/voice", "/twilio/voice/pin?attempt=1", "/twilio/voice/language?attempt=1",
            "/twilio/voice/hold?requestId=x", "/twilio/voice/status", "/twilio/sms"})
    void aForgedOrMissingSignatureIsRefused(String pathAndQuery) throws Exception {
        Map<String, String> params = Map.of("CallSid", freshSid("CA"), "MessageSid", freshSid("SM"),
                "From", freshPhone(), "Digits", "1", "Body", "Spanish", "CallStatus", "completed");
        String target = "http://127.0.0.1:" + port + pathAndQuery;

        HttpResponse<String> forged = SignedWebhook.post(target, params,
                SignedWebhook.signature("not-the-auth-token", PUBLIC_URL + pathAndQuery, params));
        HttpResponse<String> unsigned = SignedWebhook.post(target, params, null);
        // signed for another address: a replay of a real webhook against another path
        HttpResponse<String> replayed = SignedWebhook.post(target, params,
                SignedWebhook.signature(AUTH_TOKEN, PUBLIC_URL + "/twilio/other", params));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(unsigned.statusCode()).isEqualTo(403);
        assertThat(replayed.statusCode()).isEqualTo(403);
    }

    @Test
    void forgedWebhooksPublishNothing() throws Exception {
        String officer = freshPhone();
        registerResponder("Officer Kim", officer, "Pittsburgh Police");
        String callSid = freshSid("CA");
        String messageSid = freshSid("SM");
        String forgery = SignedWebhook.signature("not-the-auth-token", "x", Map.of());

        SignedWebhook.post("http://127.0.0.1:" + port + "/twilio/voice/language?attempt=1",
                Map.of("CallSid", callSid, "From", officer, "Digits", "1"), forgery);
        SignedWebhook.post("http://127.0.0.1:" + port + "/twilio/sms",
                Map.of("MessageSid", messageSid, "From", officer, "Body", "Spanish"), forgery);
        SignedWebhook.post("http://127.0.0.1:" + port + "/twilio/voice/status",
                Map.of("CallSid", callSid, "From", officer, "CallStatus", "completed"), forgery);

        String voiceRequest = RequestIds.voice(callSid);
        String smsRequest = RequestIds.sms(messageSid);
        assertThat(LineTopicsTap.dispatchEvents(e -> e instanceof RequestOpened o
                && (o.requestId().equals(voiceRequest) || o.requestId().equals(smsRequest))
                || e instanceof RequestCancelled c && c.requestId().equals(voiceRequest), Duration.ofSeconds(1)))
                .isEmpty();
    }
}

package org.interpreterline.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.testkit.SignedWebhook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nobody gets in by spelling a webhook's path another way: unsigned webhooks sent to the running line on
 * percent-encoded and doubled-slash paths (dispatch's voice, hold, language, PIN and SMS webhooks,
 * notification's conference webhook) are refused with a 4xx and nothing reaches any topic. The same encoded path
 * with Twilio's signature over the public URL is served, so the refusals are the signature check's and not a
 * missing page.
 */
@ExtendWith(SharedLine.class)
class WebhookSpellingsIT {

    static final String OFFICER = "+14125550171";
    /** Does not normalise the path: what is written here is what the service receives. */
    static final HttpClient RAW = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    static LineUnderTest line;

    @BeforeAll
    static void joinTheSharedLine(LineUnderTest shared) {
        line = shared;
        line.responder("Officer Spelling", OFFICER, "Pittsburgh Police");
    }

    @Test
    void unsignedWebhooksOnRespelledPathsAreRefusedAndPublishNothing() throws Exception {
        Map<String, String> call = new LinkedHashMap<>();
        call.put("CallSid", "CAspelling000000000000000000000001");
        call.put("From", OFFICER);
        call.put("To", LineUnderTest.LINE_NUMBER);
        call.put("Digits", "1");
        call.put("Body", "spanish");
        call.put("MessageSid", "SMspelling000000000000000000000001");
        call.put("StatusCallbackEvent", "participant-join");
        call.put("ConferenceSid", "CFspelling");
        call.put("ParticipantLabel", "interpreter");
        List<String> targets = List.of(
                line.dispatch.url() + "/%74wilio/voice",
                line.dispatch.url() + "/twilio/%76oice/hold?requestId=spelling",
                line.dispatch.url() + "/%74wilio/sms",
                line.dispatch.url() + "/twilio//voice",
                line.dispatch.url() + "/%74wilio/voice/language?agency=Pittsburgh%20Police",
                line.dispatch.url() + "/%74wilio/voice/pin",
                line.notification.url() + "/%74wilio/conference?requestId=spelling");
        int before = line.events.entries().size();

        for (String target : targets) {
            HttpResponse<String> answer = post(target, call, null);
            assertThat(answer.statusCode()).as(target + " answered: " + answer.body()).isBetween(400, 499);
        }

        // the line is shared: other classes' calls may still be ending, so only what these webhooks carried counts
        Awaitility.await("nothing published after the refused webhooks").during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> line.events.entries().subList(before, line.events.entries().size()).stream()
                        .map(e -> e.event().toString()).noneMatch(e -> e.contains("spelling") || e.contains(OFFICER)));

        // the same text, signed by Twilio over the public URL, is served on the encoded path and opens a request
        Map<String, String> text = Map.of("MessageSid", "SMspelling000000000000000000000002", "From", OFFICER,
                "To", LineUnderTest.LINE_NUMBER, "Body", "spanish");
        String signature = SignedWebhook.signature(line.authToken, line.dispatch.url() + "/twilio/sms", text);
        HttpResponse<String> signed = post(line.dispatch.url() + "/%74wilio/sms", text, signature);
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        line.events.await(RequestOpened.class, e -> OFFICER.equals(e.requesterPhone()), Duration.ofSeconds(30));
        line.sim.sms(OFFICER, "CANCEL");
    }

    private static HttpResponse<String> post(String target, Map<String, String> params, String signature)
            throws Exception {
        String body = params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        return RAW.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

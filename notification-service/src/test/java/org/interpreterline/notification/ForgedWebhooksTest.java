package org.interpreterline.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.interpreterline.events.notification.NotificationEvent;
import org.interpreterline.events.notification.ParticipantJoined;
import org.interpreterline.events.RequestEvent;
import org.interpreterline.notification.twilio.WebhookUrls;
import org.interpreterline.testkit.SignedWebhook;
import org.junit.jupiter.api.Test;

/** Every webhook of this service refuses a request Twilio did not sign, and nothing comes of it. */
class ForgedWebhooksTest extends LineIntegrationTest {

    @Test
    void everyWebhookRefusesAForgedSignatureAndPublishesNothing() throws Exception {
        String requestId = "forged-" + UUID.randomUUID();
        Map<String, String> asTwilioWould = Map.of("CallSid", "CA-forged", "CallStatus", "busy", "Digits", "1",
                "AnsweredBy", "human", "StatusCallbackEvent", "participant-join", "ConferenceSid", "CF-forged",
                "ParticipantLabel", "interpreter");
        List<String> paths = List.of(WebhookUrls.OFFER, WebhookUrls.OFFER_ANSWER, WebhookUrls.OFFER_STATUS,
                WebhookUrls.OFFER_BRIDGE, WebhookUrls.OFFER_WAIT, WebhookUrls.CONFERENCE, WebhookUrls.CALLBACK,
                WebhookUrls.CALLBACK_STATUS);
        for (String path : paths) {
            String url = PUBLIC_URL + path + "?offerId=" + requestId + "&requestId=" + requestId;
            String forged = SignedWebhook.signature("not-the-token", url, asTwilioWould);

            HttpResponse<String> response = SignedWebhook.post(url, asTwilioWould, forged);
            HttpResponse<String> unsigned = SignedWebhook.post(url, asTwilioWould, null);

            assertThat(response.statusCode()).as(path).isEqualTo(403);
            assertThat(unsigned.statusCode()).as(path + " unsigned").isEqualTo(403);
        }

        // the same conference webhook, signed, is published: the forged ones would have been too
        String url = PUBLIC_URL + WebhookUrls.CONFERENCE + "?requestId=" + requestId;
        Map<String, String> signed = Map.of("StatusCallbackEvent", "participant-join", "ConferenceSid", "CF-real",
                "CallSid", "CA-real", "ParticipantLabel", "interpreter");
        assertThat(SignedWebhook.post(TOKEN, url, url, signed).statusCode()).isEqualTo(204);
        watch().await(ParticipantJoined.class, e -> e.requestId().equals(requestId));
        Thread.sleep(Duration.ofMillis(300));
        assertThat(watch().all(NotificationEvent.class,
                e -> e instanceof RequestEvent r && r.requestId().equals(requestId)))
                .singleElement()
                .satisfies(e -> assertThat(((ParticipantJoined) e).callSid()).isEqualTo("CA-real"));
    }
}

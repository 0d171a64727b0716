package org.interpreterline.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.interpreterline.events.RequestConference;
import org.interpreterline.events.notification.NotificationEvent;
import org.interpreterline.events.notification.ParticipantJoined;
import org.interpreterline.events.RequestEvent;
import org.interpreterline.notification.webhooks.WebhookUrls;
import org.interpreterline.testkit.SignedWebhook;
import org.interpreterline.events.Channel;
import org.interpreterline.events.notification.OfferAnswered;
import org.interpreterline.events.notification.OfferNotAnswered;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.events.roster.OfferWithdrawn;
import org.interpreterline.simulator.client.SimulatorClient;
import org.interpreterline.simulator.phones.Behaviour;
import org.interpreterline.simulator.phones.PhoneCallState;
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
                WebhookUrls.OFFER_BRIDGE, WebhookUrls.OFFER_WAIT, RequestConference.STATUS_CALLBACK_PATH,
                WebhookUrls.CALLBACK, WebhookUrls.CALLBACK_STATUS, WebhookUrls.RESIDENT_STATUS);
        for (String path : paths) {
            String url = PUBLIC_URL + path + "?offerId=" + requestId + "&requestId=" + requestId;
            String forged = SignedWebhook.signature("not-the-token", url, asTwilioWould);

            HttpResponse<String> response = SignedWebhook.post(url, asTwilioWould, forged);
            HttpResponse<String> unsigned = SignedWebhook.post(url, asTwilioWould, null);

            assertThat(response.statusCode()).as(path).isEqualTo(403);
            assertThat(unsigned.statusCode()).as(path + " unsigned").isEqualTo(403);
        }

        // the same conference webhook, signed, is published: the forged ones would have been too
        String url = PUBLIC_URL + RequestConference.STATUS_CALLBACK_PATH + "?requestId=" + requestId;
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

    @Test
    void aForgedKeyPressOnALiveOfferIsRefused() throws Exception {
        SimulatorClient sim = TwilioStandIn.client();
        sim.configurePhone(Phones.FORGED_INTERPRETER, Behaviour.MANUAL);
        OfferMade offer = OfferCallsTest.offer("forged-" + UUID.randomUUID(), Phones.FORGED_INTERPRETER,
                Channel.VOICE, null, null);
        player().roster(offer);
        String callSid = sim.awaitPhone(Phones.FORGED_INTERPRETER, p -> p.callState() == PhoneCallState.RINGING,
                Duration.ofSeconds(20)).callSid();

        for (String path : List.of(WebhookUrls.OFFER_ANSWER, WebhookUrls.OFFER_STATUS)) {
            String url = PUBLIC_URL + path + "?offerId=" + offer.offerId();
            Map<String, String> params = Map.of("CallSid", callSid, "Digits", "1", "CallStatus", "busy");
            assertThat(SignedWebhook.post(url, params, SignedWebhook.signature("guess", url, params)).statusCode())
                    .isEqualTo(403);
        }

        player().roster(new OfferWithdrawn(UUID.randomUUID(), java.time.Instant.now(), ROSTER, offer.requestId(),
                offer.offerId(), offer.interpreterId(), OfferWithdrawn.Reason.REQUEST_CANCELLED));
        sim.awaitCall(callSid, c -> c.status().isFinal(), Duration.ofSeconds(20));
        assertThat(watch().all(OfferAnswered.class, e -> e.offerId().equals(offer.offerId()))).isEmpty();
        assertThat(watch().all(OfferNotAnswered.class, e -> e.offerId().equals(offer.offerId()))).isEmpty();
    }
}

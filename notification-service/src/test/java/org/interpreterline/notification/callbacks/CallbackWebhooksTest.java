package org.interpreterline.notification.callbacks;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.http.TwilioRestClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.Executors;
import org.interpreterline.events.Channel;
import org.interpreterline.events.notification.MessageFailed;
import org.interpreterline.notification.Fixtures;
import org.interpreterline.notification.Replays;
import org.interpreterline.notification.TwimlDocument;
import org.interpreterline.notification.kafka.EventMemory;
import org.interpreterline.notification.offers.LiveOffers;
import org.interpreterline.notification.requests.Requests;
import org.interpreterline.notification.texts.Texts;
import org.interpreterline.notification.twilio.TimedTwilio;
import org.interpreterline.notification.twilio.WebhookUrls;
import org.interpreterline.platform.twilio.TwilioClients;
import org.junit.jupiter.api.Test;

class CallbackWebhooksTest {

    private final LiveOffers offers = new LiveOffers(Fixtures.CLOCK, Fixtures.props().lookBack());
    private final Requests requests = new Requests(Fixtures.CLOCK, Fixtures.props().lookBack());
    private final EventMemory memory = new EventMemory(offers, requests);
    private final Fixtures.Published published = new Fixtures.Published();
    private final WebhookUrls urls = new WebhookUrls(Fixtures.twilio());
    // nothing listens on port 1: every REST request fails at once, which is what the missed path must survive
    private final TimedTwilio twilio = new TimedTwilio(unreachable(), new SimpleMeterRegistry());
    private final Replays replays = new Replays();
    private final CallbackMissed missed = new CallbackMissed(new Texts(twilio, urls, published, Fixtures.CLOCK),
            offers, twilio, replays);
    private final CallbackWebhooks webhooks = new CallbackWebhooks(requests, urls, missed, replays,
            Executors.newVirtualThreadPerTaskExecutor());

    private static TwilioRestClient unreachable() {
        return TwilioClients.restClient("AC00000000000000000000000000000000", "token", "http://127.0.0.1:1");
    }

    @Test
    void theRequesterIsGreetedAndStartsTheConferenceTheInterpreterWaitsIn() {
        memory.remember(Fixtures.opened("r1", Channel.SMS));
        memory.remember(Fixtures.assigned("r1", "o1", Channel.SMS));

        TwimlDocument doc = TwimlDocument.of(webhooks.answered("r1", "human"));

        assertThat(doc.verbs()).isEqualTo("Say,Dial");
        assertThat(doc.text("/Response/Say"))
                .isEqualTo("Interpreter Line. Your Spanish interpreter is on the line. Connecting you now.");
        assertThat(doc.text("/Response/Dial/Conference")).isEqualTo("req-r1");
        assertThat(doc.text("/Response/Dial/Conference/@startConferenceOnEnter")).isEqualTo("true");
        assertThat(doc.text("/Response/Dial/Conference/@endConferenceOnExit")).isEqualTo("true");
        assertThat(doc.text("/Response/Dial/Conference/@participantLabel")).isEqualTo("requester");
        assertThat(doc.text("/Response/Dial/Conference/@statusCallback"))
                .isEqualTo(Fixtures.PUBLIC_URL + "/twilio/conference?requestId=r1");
    }

    @Test
    void aCancelledRequestIsNotConnected() {
        memory.remember(Fixtures.opened("r1", Channel.SMS));
        memory.remember(new org.interpreterline.events.dispatch.RequestCancelled(java.util.UUID.randomUUID(),
                Fixtures.NOW, "default", "r1",
                org.interpreterline.events.dispatch.RequestCancelled.Reason.REQUESTER_TEXTED_CANCEL));

        TwimlDocument doc = TwimlDocument.of(webhooks.answered("r1", "human"));

        assertThat(doc.verbs()).isEqualTo("Say,Hangup");
    }

    @Test
    void anUnansweredCallBackTextsTheRequesterOnce() throws Exception {
        memory.remember(Fixtures.opened("r1", Channel.SMS));

        webhooks.status("r1", "CA7", "no-answer");
        webhooks.status("r1", "CA7", "no-answer");

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> !published.events.isEmpty());
        Thread.sleep(200);
        // the REST request fails here, so the attempt shows as MessageFailed: once, to the requester
        assertThat(published.of(MessageFailed.class)).singleElement()
                .satisfies(e -> assertThat(e.to()).isEqualTo("+14125550122"));
    }
}

package org.interpreterline.notification.callbacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.interpreterline.events.Channel;
import org.interpreterline.events.calls.TextNotSent;
import org.interpreterline.events.dispatch.RequestCancelled;
import org.interpreterline.events.notification.MessageFailed;
import org.interpreterline.events.notification.MessagePurpose;
import org.interpreterline.notification.CallDeskDriver;
import org.interpreterline.notification.Fixtures;
import org.interpreterline.notification.TwimlDocument;
import org.interpreterline.notification.webhooks.WebhookUrls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CallbackWebhooksTest {

    private final CallDeskDriver desk = new CallDeskDriver();
    private final WebhookUrls urls = new WebhookUrls(Fixtures.twilio());
    private final CallbackWebhooks webhooks = new CallbackWebhooks(desk.book(), desk.facts(), urls, Fixtures.props(),
            Fixtures.CLOCK);

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void theRequesterIsGreetedAndStartsTheConferenceTheInterpreterWaitsIn() {
        desk.dispatch(Fixtures.opened("r1", Channel.SMS));
        desk.roster(Fixtures.assigned("r1", "o1", Channel.SMS));

        TwimlDocument doc = TwimlDocument.of(webhooks.answered("r1", "human", null, "CA7", 0));

        assertThat(doc.verbs()).isEqualTo("Say,Dial");
        assertThat(doc.text("/Response/Say"))
                .isEqualTo("Interpreter Line. Your Spanish interpreter is on the line. Connecting you now.");
        assertThat(doc.text("/Response/Dial/Conference")).isEqualTo("req-r1");
        assertThat(doc.text("/Response/Dial/Conference/@startConferenceOnEnter")).isEqualTo("true");
        assertThat(doc.text("/Response/Dial/Conference/@endConferenceOnExit")).isEqualTo("true");
        assertThat(doc.text("/Response/Dial/Conference/@participantLabel")).isEqualTo("requester");
        assertThat(doc.text("/Response/Dial/Conference/@statusCallback"))
                .isEqualTo(Fixtures.PUBLIC_URL + "/twilio/conference?requestId=r1");
        assertThat(desk.phoneWork).containsExactly(
                "text +14125550122 INTERPRETER_FOUND: Request K7Q2: Ana R. accepted. We are calling you now.",
                "call back +14125550122 for o1");
    }

    @Test
    void aCancelledRequestIsNotConnected() {
        desk.dispatch(Fixtures.opened("r1", Channel.SMS));
        desk.dispatch(new RequestCancelled(UUID.randomUUID(), Fixtures.NOW, "default", "r1",
                RequestCancelled.Reason.REQUESTER_TEXTED_CANCEL));

        TwimlDocument doc = TwimlDocument.of(webhooks.answered("r1", "human", null, "CA7", 0));

        assertThat(doc.verbs()).isEqualTo("Say,Hangup");
    }

    @Test
    void aVoicemailIsHungUpOnAndTheRequesterTexted() {
        desk.dispatch(Fixtures.opened("r1", Channel.SMS));
        desk.roster(Fixtures.assigned("r1", "o1", Channel.SMS));

        TwimlDocument doc = TwimlDocument.of(webhooks.answered("r1", "machine_start", null, "CA7", 0));

        assertThat(doc.verbs()).isEqualTo("Hangup");
        assertThat(desk.phoneWork).last().asString()
                .startsWith("text +14125550122 OTHER: Request K7Q2: we called you but got no answer");
    }

    @Test
    void anUnansweredCallBackTextsTheRequesterOnce() {
        desk.dispatch(Fixtures.opened("r1", Channel.SMS));

        webhooks.status("r1", "CA7", "no-answer");
        webhooks.status("r1", "CA7", "no-answer");
        webhooks.status("r1", "CA8", "busy"); // once per request, whatever comes next

        assertThat(desk.phoneWork).singleElement().asString()
                .isEqualTo("text +14125550122 OTHER: Request K7Q2: we called you but got no answer; text Spanish "
                        + "again when you still need an interpreter.");
        // the text could not be sent: that too is reported by the desk, once
        desk.fact(new TextNotSent(UUID.randomUUID(), Fixtures.NOW, "default", "r1", "+14125550122",
                MessagePurpose.OTHER, "21610 unsubscribed recipient"));
        assertThat(desk.reported(MessageFailed.class)).singleElement()
                .satisfies(e -> assertThat(e.to()).isEqualTo("+14125550122"));
    }
}

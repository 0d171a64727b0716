package org.interpreterline.simulator;

import java.net.URI;
import com.twilio.exception.ApiException;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import org.interpreterline.simulator.phones.PhoneSettings;
import org.interpreterline.simulator.phones.PhoneView;
import org.interpreterline.simulator.webhooks.WebhookLogEntry;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Texts through the real SDK, texts to the line, and Twilio-style duplicated webhooks. */
class MessagingTest extends SimulatorTest {

    private static final String OFFICER = "+14125550122";

    @Test
    void aTextSentThroughTheSdkLandsInTheInboxWithSentAndDeliveredCallbacks() {
        Message message = Message.creator(new PhoneNumber(OFFICER), new PhoneNumber(LINE), "Request R-17: we are looking for a Spanish interpreter.")
                .setStatusCallback(URI.create(url("/sms-status")))
                .create(twilio);

        assertThat(message.getSid()).matches("SM[0-9a-f]{32}");
        assertThat(message.getStatus()).isEqualTo(Message.Status.QUEUED);
        assertThat(message.getDateCreated()).isNotNull();
        assertThat(message.getNumSegments()).isEqualTo("1");
        PhoneView phone = sim.awaitPhone(OFFICER, p -> !p.inbox().isEmpty(), WAIT);
        assertThat(phone.inbox()).singleElement().satisfies(text -> {
            assertThat(text.from()).isEqualTo(LINE);
            assertThat(text.sid()).isEqualTo(message.getSid());
            assertThat(text.body()).startsWith("Request R-17");
        });
        await().atMost(WAIT).until(() -> line.received("/sms-status").size() == 2);
        assertThat(line.received("/sms-status")).extracting(h -> h.param("MessageStatus")).containsExactly("sent", "delivered");
        assertThat(line.received("/sms-status").getFirst().params()).containsEntry("MessageSid", message.getSid())
                .containsEntry("SmsSid", message.getSid()).containsEntry("To", OFFICER).containsEntry("From", LINE)
                .containsEntry("AccountSid", ACCOUNT_SID);
        assertThat(Message.fetcher(message.getSid()).fetch(twilio).getStatus()).isEqualTo(Message.Status.DELIVERED);
    }

    @Test
    void aPhoneThatRefusesTextsGetsTwiliosUnsubscribedError() {
        sim.configurePhone(OFFICER, new PhoneSettings(null, null, null, null, true));
        assertThatThrownBy(() -> Message.creator(new PhoneNumber(OFFICER), new PhoneNumber(LINE), "hello").create(twilio))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(21610);
                    assertThat(e.getStatusCode()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("unsubscribed");
                });
    }

    @Test
    void aTextToTheLineHitsItsWebhookAndTheReplyComesBack() {
        line.respond("/twilio/sms", hook -> "<Response><Message>Got it: " + hook.param("Body") + "</Message></Response>");

        String sid = sim.sms(OFFICER, "spanish");

        FakeLine.Hook hook = line.awaitHook("/twilio/sms");
        assertThat(hook.params()).containsEntry("MessageSid", sid).containsEntry("SmsSid", sid).containsEntry("From", OFFICER)
                .containsEntry("To", LINE).containsEntry("Body", "spanish").containsEntry("NumMedia", "0")
                .containsEntry("AccountSid", ACCOUNT_SID).containsEntry("ApiVersion", "2010-04-01");
        PhoneView phone = sim.awaitPhone(OFFICER, p -> !p.inbox().isEmpty(), WAIT);
        assertThat(phone.inboxBodies()).containsExactly("Got it: spanish");
        assertThat(phone.inbox().getFirst().from()).isEqualTo(LINE);
    }

    @Test
    void duplicateNextDeliversTheSameWebhookTwice() {
        line.respond("/twilio/sms", "<Response><Message>Only once</Message></Response>");
        sim.duplicateNext("/twilio/sms");

        sim.sms(OFFICER, "CANCEL");

        await().atMost(WAIT).until(() -> line.received("/twilio/sms").size() == 2);
        FakeLine.Hook first = line.received("/twilio/sms").get(0);
        FakeLine.Hook second = line.received("/twilio/sms").get(1);
        assertThat(second.params()).isEqualTo(first.params());
        assertThat(second.idempotencyToken()).isEqualTo(first.idempotencyToken());
        assertThat(second.signature()).isEqualTo(first.signature());
        assertThat(sim.webhookLog()).filteredOn(e -> e.url().endsWith("/twilio/sms")).extracting(WebhookLogEntry::duplicate)
                .containsExactly(false, true);
        assertThat(sim.awaitPhone(OFFICER, p -> !p.inbox().isEmpty(), WAIT).inboxBodies()).containsExactly("Only once");

        sim.sms(OFFICER, "again");
        await().atMost(WAIT).until(() -> line.received("/twilio/sms").size() == 3);
    }
}

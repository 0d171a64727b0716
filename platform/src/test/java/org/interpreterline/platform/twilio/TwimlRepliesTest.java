package org.interpreterline.platform.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.messaging.Message;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** What Twilio receives from a webhook of either service. */
class TwimlRepliesTest {

    @Test
    void aWebhookAnswersWithTheDocumentAsXml_voiceOrText() {
        ResponseEntity<String> voice = TwimlReplies.answer(TwimlReplies.sayAndHangUp("Goodbye."));
        ResponseEntity<String> text = TwimlReplies.answer(
                new MessagingResponse.Builder().message(new Message.Builder("Got it.").build()).build());

        assertThat(voice.getStatusCode().value()).isEqualTo(200);
        assertThat(voice.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_XML);
        assertThat(voice.getBody()).contains("<Response><Say>Goodbye.</Say><Hangup/></Response>");
        assertThat(text.getBody()).contains("<Response><Message>Got it.</Message></Response>");
    }

    @Test
    void aStatusCallbackIsAnsweredWithNothing() {
        assertThat(TwimlReplies.noContent().getStatusCode().value()).isEqualTo(204);
        assertThat(TwimlReplies.noContent().getBody()).isNull();
    }

    @Test
    void hangingUpSaysNothing() {
        assertThat(TwimlReplies.xml(TwimlReplies.hangUp())).endsWith("<Response><Hangup/></Response>");
    }
}

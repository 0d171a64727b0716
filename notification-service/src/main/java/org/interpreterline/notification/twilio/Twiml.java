package org.interpreterline.notification.twilio;

import com.twilio.twiml.TwiMLException;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Say;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** TwiML documents: as a webhook answer, or the few every part of the service says the same way. */
public final class Twiml {

    private Twiml() {
    }

    public static String xml(VoiceResponse response) {
        try {
            return response.toXml();
        } catch (TwiMLException e) {
            throw new IllegalStateException("TwiML built by the line must render", e);
        }
    }

    /** Says the words, then ends the call. */
    public static VoiceResponse sayAndHangUp(String words) {
        return new VoiceResponse.Builder().say(new Say.Builder(words).build()).hangup(hangup()).build();
    }

    public static VoiceResponse hangUp() {
        return new VoiceResponse.Builder().hangup(hangup()).build();
    }

    private static Hangup hangup() {
        return new Hangup.Builder().build();
    }

    public static ResponseEntity<String> answer(VoiceResponse response) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml(response));
    }

    /** For status callbacks, whose answer Twilio ignores. */
    public static ResponseEntity<String> noContent() {
        return ResponseEntity.noContent().build();
    }
}

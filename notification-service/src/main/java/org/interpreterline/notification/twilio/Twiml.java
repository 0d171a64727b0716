package org.interpreterline.notification.twilio;

import com.twilio.twiml.TwiMLException;
import com.twilio.twiml.VoiceResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A TwiML document as a webhook answer. */
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

    public static ResponseEntity<String> answer(VoiceResponse response) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml(response));
    }

    /** For status callbacks, whose answer Twilio ignores. */
    public static ResponseEntity<String> noContent() {
        return ResponseEntity.noContent().build();
    }
}

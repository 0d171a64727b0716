package org.interpreterline.platform.twilio;

import com.twilio.twiml.TwiML;
import com.twilio.twiml.TwiMLException;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Say;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * TwiML as the line hands it to Twilio: a document rendered for a REST update, a webhook's answer (XML, 200), the
 * empty answer to a status callback, and the two endings every service says the same way.
 */
public final class TwimlReplies {

    private TwimlReplies() {
    }

    public static String xml(TwiML document) {
        try {
            return document.toXml();
        } catch (TwiMLException e) {
            throw new IllegalStateException("TwiML built by the line must render", e);
        }
    }

    public static ResponseEntity<String> answer(TwiML document) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml(document));
    }

    /** For status callbacks, whose answer Twilio ignores. */
    public static ResponseEntity<String> noContent() {
        return ResponseEntity.noContent().build();
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
}

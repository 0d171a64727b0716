package org.interpreterline.notification.twilio;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.TwiMLException;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Pause;
import com.twilio.twiml.voice.Redirect;
import com.twilio.twiml.voice.Say;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** TwiML documents: as a webhook answer, or the few every part of the service says the same way. */
public final class TwimlReplies {

    private TwimlReplies() {
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

    /**
     * For a webhook that cannot read the call desk's stores right now (the service is starting or handing work
     * over): a second of silence, then the same request again, marked as a second try.
     */
    public static VoiceResponse holdOn(String sameUrl) {
        String again = sameUrl + (sameUrl.contains("?") ? "&" : "?") + HELD + "=1";
        return new VoiceResponse.Builder()
                .pause(new Pause.Builder().length(1).build())
                .redirect(new Redirect.Builder(again).method(HttpMethod.POST).build())
                .build();
    }

    /** The query parameter {@link #holdOn} adds: a webhook that sees it does not hold on a second time. */
    public static final String HELD = "held";

    /**
     * Machine detection's verdict, carried over a hold-on for a Twilio that does not repeat {@code AnsweredBy} after a
     * redirect. Not Twilio's own name: a webhook that carries a parameter twice (Twilio's in the body, ours in the
     * query) is refused as malformed, and the chaos run saw 11 interpreters' offer calls refused so.
     */
    public static final String DETECTED = "detected";

    /** {@link #holdOn(String)}, keeping what machine detection said about the call. */
    public static VoiceResponse holdOn(String sameUrl, String answeredBy) {
        return holdOn(answeredBy == null ? sameUrl : sameUrl + (sameUrl.contains("?") ? "&" : "?") + DETECTED + "="
                + URLEncoder.encode(answeredBy, StandardCharsets.UTF_8));
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

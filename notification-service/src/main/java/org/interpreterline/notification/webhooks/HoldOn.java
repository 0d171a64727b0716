package org.interpreterline.notification.webhooks;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Pause;
import com.twilio.twiml.voice.Redirect;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * For a webhook that cannot read the call desk's stores right now (the service is starting or handing work over): a
 * second of silence, then the same request again, marked as a second try, so the webhook answers once the stores
 * are back instead of dropping the call.
 */
public final class HoldOn {

    /** The query parameter {@link #twiml} adds: a webhook that sees it does not hold on a second time. */
    public static final String HELD = "held";

    /**
     * Machine detection's verdict, carried over a hold-on for a Twilio that does not repeat {@code AnsweredBy} after a
     * redirect. Not Twilio's own name: a webhook that carries a parameter twice (Twilio's in the body, ours in the
     * query) is refused as malformed, and the chaos run saw 11 interpreters' offer calls refused so.
     */
    public static final String DETECTED = "detected";

    private HoldOn() {
    }

    public static VoiceResponse twiml(String sameUrl) {
        String again = sameUrl + (sameUrl.contains("?") ? "&" : "?") + HELD + "=1";
        return new VoiceResponse.Builder()
                .pause(new Pause.Builder().length(1).build())
                .redirect(new Redirect.Builder(again).method(HttpMethod.POST).build())
                .build();
    }

    /** {@link #twiml(String)}, keeping what machine detection said about the call. */
    public static VoiceResponse twiml(String sameUrl, String answeredBy) {
        return twiml(answeredBy == null ? sameUrl : sameUrl + (sameUrl.contains("?") ? "&" : "?") + DETECTED + "="
                + URLEncoder.encode(answeredBy, StandardCharsets.UTF_8));
    }
}

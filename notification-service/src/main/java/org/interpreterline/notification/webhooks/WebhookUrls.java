package org.interpreterline.notification.webhooks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.interpreterline.events.RequestConference;
import org.interpreterline.platform.twilio.TwilioProperties;
import org.springframework.stereotype.Component;

/**
 * The webhook URLs this service hands Twilio, all on its public URL (the signature guard checks that same
 * URL). The paths are the controllers' mappings; the conference's is {@link RequestConference}'s, which
 * dispatch-service hands Twilio too.
 */
@Component
public class WebhookUrls {

    public static final String OFFER = "/twilio/offer";
    public static final String OFFER_ANSWER = "/twilio/offer/answer";
    public static final String OFFER_STATUS = "/twilio/offer/status";
    public static final String OFFER_BRIDGE = "/twilio/offer/bridge";
    public static final String OFFER_WAIT = "/twilio/offer/wait";
    public static final String CALLBACK = "/twilio/callback";
    public static final String CALLBACK_STATUS = "/twilio/callback/status";
    public static final String RESIDENT_STATUS = "/twilio/resident/status";
    public static final String ANNOUNCEMENT = "/twilio/conference/announcement";

    private final TwilioProperties twilio;

    public WebhookUrls(TwilioProperties twilio) {
        this.twilio = twilio;
    }

    /** The accept prompt; {@code repeat} counts the times it was already played without an answer. */
    public String offer(String offerId, int repeat) {
        return url(OFFER, "offerId", offerId) + (repeat > 0 ? "&repeat=" + repeat : "");
    }

    public String offerAnswer(String offerId, int repeat) {
        return url(OFFER_ANSWER, "offerId", offerId) + (repeat > 0 ? "&repeat=" + repeat : "");
    }

    public String offerStatus(String offerId) {
        return url(OFFER_STATUS, "offerId", offerId);
    }

    public String bridge(String offerId, int attempt) {
        return url(OFFER_BRIDGE, "offerId", offerId) + "&attempt=" + attempt;
    }

    public String offerWait() {
        return twilio.publicUrl(OFFER_WAIT);
    }

    public String conference(String requestId) {
        return RequestConference.statusCallbackUrl(twilio.publicUrl(""), requestId);
    }

    public String callback(String requestId) {
        return url(CALLBACK, "requestId", requestId);
    }

    public String callbackStatus(String requestId) {
        return url(CALLBACK_STATUS, "requestId", requestId);
    }

    /** The status of the call to an added resident. */
    public String residentStatus(String requestId, String addId) {
        return url(RESIDENT_STATUS, "requestId", requestId) + "&addId="
                + URLEncoder.encode(addId, StandardCharsets.UTF_8);
    }

    /** What Twilio plays into a conference: {@code words}, which the line wrote (never a full number). */
    public String announcement(String words) {
        return url(ANNOUNCEMENT, "say", words);
    }

    public String lineNumber() {
        return twilio.lineNumber();
    }

    private String url(String path, String name, String value) {
        return twilio.publicUrl(path) + "?" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package org.interpreterline.events;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A request's Twilio conference, as both services must agree on it: its name, and the webhook of notification-service
 * that Twilio reports the conference's events to (dispatch-service puts the requester in, notification-service the
 * interpreter; both give Twilio the same callback).
 */
public final class RequestConference {

    /** notification-service's webhook for conference status callbacks ({@code ?requestId=} names the request). */
    public static final String STATUS_CALLBACK_PATH = "/twilio/conference";
    private static final String PREFIX = "req-";

    private RequestConference() {
    }

    /**
     * The status callback Twilio is given for a request's conference.
     *
     * @param notificationPublicUrl notification-service's public base URL (a trailing slash is ignored)
     */
    public static String statusCallbackUrl(String notificationPublicUrl, String requestId) {
        return notificationPublicUrl.replaceAll("/+$", "") + STATUS_CALLBACK_PATH + "?requestId="
                + URLEncoder.encode(requestId, StandardCharsets.UTF_8);
    }

    /** The conference that bridges the requester and the interpreter of one request. */
    public static String nameOf(String requestId) {
        return PREFIX + requestId;
    }

    /**
     * The request whose call this one's interpreter joins, when it is a relay: a second interpreter for a call in
     * progress ({@code ALSO}), opened with that call's conference instead of one of its own. Empty for a request with
     * its own conference (or none named, as in older events).
     */
    public static java.util.Optional<String> relayOf(String requestId, String conferenceName) {
        if (conferenceName == null || !conferenceName.startsWith(PREFIX) || conferenceName.equals(nameOf(requestId))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(conferenceName.substring(PREFIX.length()));
    }
}

package org.interpreterline.events;

/**
 * A request's Twilio conference, as both services must agree on it: its name, and the webhook of notification-service
 * that Twilio reports the conference's events to (dispatch-service puts the requester in, notification-service the
 * interpreter; both give Twilio the same callback).
 */
public final class RequestConference {

    /** notification-service's webhook for conference status callbacks ({@code ?requestId=} names the request). */
    public static final String STATUS_CALLBACK_PATH = "/twilio/conference";

    private RequestConference() {
    }

    /** The conference that bridges the requester and the interpreter of one request. */
    public static String nameOf(String requestId) {
        return "req-" + requestId;
    }
}

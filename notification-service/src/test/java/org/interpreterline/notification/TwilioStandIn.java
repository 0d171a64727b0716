package org.interpreterline.notification;

/** Where the service's Twilio REST requests go in integration tests. */
final class TwilioStandIn {

    private TwilioStandIn() {
    }

    /** Nothing listens here yet: every REST request fails at once (the simulator is being built). */
    static String baseUrl() {
        return "http://127.0.0.1:1";
    }
}

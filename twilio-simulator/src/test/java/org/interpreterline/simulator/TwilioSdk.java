package org.interpreterline.simulator;

import com.twilio.http.TwilioRestClient;
import org.interpreterline.platform.twilio.TwilioClients;

/** The real Twilio SDK, routed to a simulator exactly as the services route it. */
final class TwilioSdk {

    private TwilioSdk() {
    }

    static TwilioRestClient client(String accountSid, String authToken, int port) {
        return TwilioClients.restClient(accountSid, authToken, "http://127.0.0.1:" + port);
    }
}

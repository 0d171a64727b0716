package org.interpreterline.simulator;

import com.twilio.auth_strategy.BasicAuthStrategy;
import com.twilio.http.TwilioRestClient;
import org.interpreterline.platform.twilio.TwilioRoute;

/**
 * The real Twilio SDK, routed to a simulator by the platform's {@link TwilioRoute} as the services do it.
 *
 * <p>Credentials are given as an SDK {@code AuthStrategy}: this branch's TwilioRoute (platform commit 70f9ac5)
 * forwards only that form and drops the username/password form that {@code TwilioClients.restClient(sid, token,
 * url)} produces, so that route reaches the simulator without credentials and gets 401 (fixed on main). Both
 * forms send the same HTTP Basic header.
 */
final class TwilioSdk {

    private TwilioSdk() {
    }

    static TwilioRestClient client(String accountSid, String authToken, int port) {
        return new TwilioRestClient.Builder(new BasicAuthStrategy(accountSid, authToken))
                .accountSid(accountSid)
                .httpClient(new TwilioRoute("http://127.0.0.1:" + port))
                .build();
    }
}

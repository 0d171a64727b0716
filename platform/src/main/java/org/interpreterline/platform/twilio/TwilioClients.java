package org.interpreterline.platform.twilio;

import com.twilio.http.TwilioRestClient;

/**
 * Builds the SDK client: the SDK's own HTTP client for api.twilio.com, {@link TwilioRoute} for anything else, both
 * with the connect and read timeouts of {@link TwilioTimeouts} instead of the SDK's 30 s and one attempt per request
 * ({@link BoundedTwilioClient}).
 */
public final class TwilioClients {

    public static final String PRODUCTION_API = "https://api.twilio.com";

    private TwilioClients() {
    }

    public static TwilioRestClient restClient(String accountSid, String authToken, String apiBaseUrl) {
        return restClient(accountSid, authToken, apiBaseUrl, TwilioTimeouts.DEFAULTS);
    }

    public static TwilioRestClient restClient(String accountSid, String authToken, String apiBaseUrl,
            TwilioTimeouts timeouts) {
        TwilioRestClient.Builder builder = new TwilioRestClient.Builder(accountSid, authToken);
        if (apiBaseUrl != null && !apiBaseUrl.isBlank() && !apiBaseUrl.startsWith(PRODUCTION_API)) {
            builder.httpClient(new TwilioRoute(apiBaseUrl, timeouts));
        } else {
            builder.httpClient(new BoundedTwilioClient(timeouts));
        }
        return builder.build();
    }
}

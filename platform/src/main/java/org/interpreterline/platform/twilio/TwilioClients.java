package org.interpreterline.platform.twilio;

import com.twilio.http.TwilioRestClient;

/** Builds the SDK client: the SDK's own HTTP client for api.twilio.com, {@link TwilioRoute} for anything else. */
public final class TwilioClients {

    public static final String PRODUCTION_API = "https://api.twilio.com";

    private TwilioClients() {
    }

    public static TwilioRestClient restClient(String accountSid, String authToken, String apiBaseUrl) {
        TwilioRestClient.Builder builder = new TwilioRestClient.Builder(accountSid, authToken);
        if (apiBaseUrl != null && !apiBaseUrl.isBlank() && !apiBaseUrl.startsWith(PRODUCTION_API)) {
            builder.httpClient(new TwilioRoute(apiBaseUrl));
        }
        return builder.build();
    }
}

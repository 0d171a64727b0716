package org.interpreterline.simulator.webhooks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A phone number's fallback URL ("primary handler fails" in Twilio's console): what Twilio requests when the
 * number's own webhook fails (no answer, an error status, a time-out, invalid TwiML), with the failure's
 * {@code ErrorCode} and {@code ErrorUrl} added to the request's usual parameters.
 */
public record FallbackUrl(String url, String method) {

    public static Optional<FallbackUrl> of(String url, String method) {
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(new FallbackUrl(url, method));
    }

    /** The parameters of the fallback request: those of the request that failed, and why it failed. */
    public static Map<String, String> params(Map<String, String> failed, int errorCode, String errorUrl) {
        Map<String, String> params = new LinkedHashMap<>(failed);
        params.put("ErrorCode", String.valueOf(errorCode));
        params.put("ErrorUrl", errorUrl);
        return params;
    }
}

package org.interpreterline.simulator.calls;

import java.util.Map;

/** Where a call's next TwiML comes from: a URL to request, or TwiML given inline (REST {@code Twiml}). */
public sealed interface TwimlSource {

    /** @param extraParams added to the call's parameters (Digits, DialCallStatus …) */
    record Fetch(String url, String method, Map<String, String> extraParams) implements TwimlSource {

        public Fetch {
            method = method == null || method.isBlank() ? "POST" : method;
            extraParams = Map.copyOf(extraParams);
        }

        public static Fetch post(String url) {
            return new Fetch(url, "POST", Map.of());
        }
    }

    record Inline(String twiml) implements TwimlSource {
    }
}

package org.interpreterline.simulator.webhooks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One webhook to send: Twilio requests the URL with the given method; POST sends the parameters as a form body,
 * GET appends them to the query string.
 */
public record WebhookRequest(String url, String method, Map<String, String> params) {

    public WebhookRequest {
        method = method == null || method.isBlank() ? "POST" : method.toUpperCase(java.util.Locale.ROOT);
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public static WebhookRequest post(String url, Map<String, String> params) {
        return new WebhookRequest(url, "POST", params);
    }

    public boolean isGet() {
        return "GET".equals(method);
    }
}

package org.interpreterline.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sends a webhook the way Twilio does: form-encoded POST signed with {@code X-Twilio-Signature} over the
 * public URL and the sorted body parameters. For tests that play Twilio's part without the simulator.
 */
public final class SignedWebhook {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private SignedWebhook() {
    }

    /** Twilio's signature: Base64(HMAC-SHA1(token, url + name1 + value1 + name2 + value2 ...)). */
    public static String signature(String authToken, String url, Map<String, String> params) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(params).forEach((k, v) -> data.append(k).append(v));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
    }

    /**
     * POSTs {@code params} to {@code targetUrl}, signed as if Twilio had called {@code publicUrl} (they differ
     * when the service sits behind a proxy; pass the same URL twice otherwise).
     */
    public static HttpResponse<String> post(String authToken, String publicUrl, String targetUrl,
            Map<String, String> params) throws IOException, InterruptedException {
        return post(targetUrl, params, signature(authToken, publicUrl, params));
    }

    /** POSTs with whatever signature the test wants, a forged one included (null: no header at all). */
    public static HttpResponse<String> post(String targetUrl, Map<String, String> params, String signature)
            throws IOException, InterruptedException {
        String body = params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(targetUrl))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

package org.interpreterline.dispatch.canary;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.interpreterline.platform.twilio.TwilioProperties;

/**
 * Sends a canary the way Twilio sends a text: a form POST to the line's public SMS URL (through the load
 * balancer, the signature check and the forwarding to the roster's owner, as a real text goes), signed with the
 * account's auth token.
 */
final class CanaryWebhook {

    /** What came of sending one canary's text. */
    sealed interface Sent {
        record ToRoster() implements Sent {
        }

        record KafkaRefused(String answer) implements Sent {
        }

        record Unreachable(String why) implements Sent {
        }
    }

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final TwilioProperties twilio;

    CanaryWebhook(TwilioProperties twilio) {
        this.twilio = twilio;
    }

    Sent send(String canaryId, String language) {
        String url = twilio.publicUrl("/twilio/sms");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("MessageSid", "SM" + canaryId.replace("-", ""));
        form.put("AccountSid", twilio.accountSid());
        form.put("From", twilio.lineNumber());
        form.put("To", twilio.lineNumber());
        form.put("Body", language);
        form.put("LineCanary", canaryId);
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(WAIT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Twilio-Signature", signature(url, form))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Sent.Unreachable("interrupted");
        } catch (Exception e) {
            return new Sent.Unreachable(url + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
        String answer = response.body() == null ? "" : response.body();
        if (response.statusCode() == 200 && answer.contains(CanaryIntake.SENT + " " + canaryId)) {
            return new Sent.ToRoster();
        }
        if (response.statusCode() == 200 && answer.contains(CanaryIntake.NOT_DELIVERED)) {
            return new Sent.KafkaRefused(answer);
        }
        return new Sent.Unreachable(url + " answered " + response.statusCode()
                + (response.statusCode() == 200 ? " without taking the canary" : ""));
    }

    /** Twilio's request signature: Base64(HMAC-SHA1(auth token, url + each parameter's name and value, sorted)). */
    private String signature(String url, Map<String, String> form) {
        StringBuilder signed = new StringBuilder(url);
        new TreeMap<>(form).forEach((name, value) -> signed.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(twilio.authToken().getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA1", e);
        }
    }
}

package org.interpreterline.simulator.webhooks;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.interpreterline.simulator.SimulatorProperties;
import org.interpreterline.simulator.support.Workers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Sends webhooks the way Twilio does: form-encoded, signed with the auth token, an idempotency token, Twilio's
 * user agent and a 15-second limit. Blocking: callers run on virtual threads. Anything but a 2xx answer in time
 * counts as a failure the caller handles like Twilio (error 11200).
 */
@Component
public class WebhookSender implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

    private final HttpClient http;
    private final WebhookSigner signer;
    private final Duration timeout;
    private final WebhookLog webhookLog;
    private final DuplicateWebhooks duplicates;

    public WebhookSender(SimulatorProperties properties, Workers workers, WebhookLog webhookLog, DuplicateWebhooks duplicates) {
        this.timeout = properties.webhookTimeout();
        this.signer = new WebhookSigner(properties.authToken());
        this.webhookLog = webhookLog;
        this.duplicates = duplicates;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(workers.executor())
                .build();
    }

    public WebhookResponse send(WebhookRequest request) {
        String idempotencyToken = UUID.randomUUID().toString();
        boolean twice = duplicates.takeMatch(request.url());
        WebhookResponse response = deliver(request, idempotencyToken, false);
        if (twice) {
            // a retry carries the same parameters, signature and token; its answer is not used
            deliver(request, idempotencyToken, true);
        }
        return response;
    }

    private WebhookResponse deliver(WebhookRequest request, String idempotencyToken, boolean duplicate) {
        Instant at = Instant.now();
        long started = System.nanoTime();
        WebhookResponse response = exchange(request, idempotencyToken);
        long durationMs = (System.nanoTime() - started) / 1_000_000;
        webhookLog.record(new WebhookLogEntry(at, request.method(), request.url(), request.params(), response.status(),
                durationMs, response.error(), idempotencyToken, duplicate));
        if (response.ok()) {
            log.debug("webhook {} {} -> {} in {} ms", request.method(), request.url(), response.status(), durationMs);
        } else {
            log.warn("webhook {} {} failed: {}", request.method(), request.url(), response.error());
        }
        return response;
    }

    private WebhookResponse exchange(WebhookRequest request, String idempotencyToken) {
        String form = formEncode(request.params());
        String url = request.isGet() ? withQuery(request.url(), form) : request.url();
        String signature = signer.sign(url, request.isGet() ? Map.of() : request.params());
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(URI.create(url));
        } catch (IllegalArgumentException e) {
            return new WebhookResponse(0, "", "invalid URL " + url);
        }
        builder.timeout(timeout)
                .header("X-Twilio-Signature", signature)
                .header("I-Twilio-Idempotency-Token", idempotencyToken)
                .header("User-Agent", "TwilioProxy/1.1")
                .header("Accept", "*/*");
        if (request.isGet()) {
            builder.GET();
        } else {
            builder.header("Content-Type", "application/x-www-form-urlencoded") // as Twilio: no charset, UTF-8 percent-encoded
                    .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
        }
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            int status = response.statusCode();
            String error = status / 100 == 2 ? null : "HTTP " + status + " from " + url;
            return new WebhookResponse(status, response.body() == null ? "" : response.body(), error);
        } catch (HttpTimeoutException e) {
            return new WebhookResponse(0, "", "timed out after " + timeout.toMillis() + " ms");
        } catch (ConnectException e) {
            return new WebhookResponse(0, "", "connection refused by " + url);
        } catch (IOException e) {
            return new WebhookResponse(0, "", "I/O error: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new WebhookResponse(0, "", "interrupted (simulator stopping)");
        }
    }

    static String formEncode(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue() == null ? "" : e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String withQuery(String url, String query) {
        if (query.isEmpty()) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + query;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public void destroy() {
        http.shutdownNow();
    }
}

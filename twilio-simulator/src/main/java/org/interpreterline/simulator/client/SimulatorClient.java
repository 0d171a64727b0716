package org.interpreterline.simulator.client;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.interpreterline.simulator.calls.CallView;
import org.interpreterline.simulator.conferences.ConferenceView;
import org.interpreterline.simulator.phones.Behaviour;
import org.interpreterline.simulator.phones.PhoneSettings;
import org.interpreterline.simulator.phones.PhoneView;
import org.interpreterline.simulator.recordings.RecordingView;
import org.interpreterline.simulator.rest.ApiLogEntry;
import org.interpreterline.simulator.rest.RestFault;
import org.interpreterline.simulator.webhooks.WebhookLogEntry;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drives a running simulator through its control API ({@code /sim/**}): scripts phones, makes them dial, press,
 * speak, text and hang up, and reads back what happened. Thread-safe; one per simulator.
 *
 * <pre>{@code
 * SimulatorClient sim = SimulatorClient.forPort(8090);
 * sim.configurePhone("+14125550111", Behaviour.ANSWER);
 * String callSid = sim.dial("+14125550122");
 * sim.awaitPhone("+14125550122", PhoneView::waitingForInput, Duration.ofSeconds(5));
 * sim.press("+14125550122", "1");
 * }</pre>
 */
public final class SimulatorClient {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(50);

    private final URI base;
    private final HttpClient http;
    private final JsonMapper json;

    public SimulatorClient(String baseUrl) {
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        this.json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    public static SimulatorClient forPort(int port) {
        return new SimulatorClient("http://127.0.0.1:" + port);
    }

    public URI baseUrl() {
        return base;
    }

    // ---- phones

    public PhoneView configurePhone(String number, PhoneSettings settings) {
        return send("PUT", phonePath(number), settings, PhoneView.class);
    }

    public PhoneView configurePhone(String number, Behaviour behaviour) {
        return configurePhone(number, PhoneSettings.of(behaviour));
    }

    public PhoneView configurePhone(String number, String name, Behaviour behaviour, Integer answerAfterMs,
                                    String digitsAfterAnswer, boolean smsFails) {
        return configurePhone(number, new PhoneSettings(name, behaviour, answerAfterMs, digitsAfterAnswer, smsFails));
    }

    public PhoneView phone(String number) {
        return send("GET", phonePath(number), null, PhoneView.class);
    }

    public List<PhoneView> phones() {
        return send("GET", "/sim/phones", null, new TypeReference<List<PhoneView>>() { });
    }

    /** The phone calls the line. @return the call's sid */
    public String dial(String from) {
        return dial(from, null);
    }

    /** The phone calls the line at {@code to}, one of {@link #accountNumbers()}. @return the call's sid */
    public String dial(String from, String to) {
        return send("POST", phonePath(from) + "/dial", body("to", to), Started.class).callSid();
    }

    public void answer(String number) {
        send("POST", phonePath(number) + "/answer", null, Map.class);
    }

    public void reject(String number) {
        send("POST", phonePath(number) + "/reject", null, Map.class);
    }

    public void hangup(String number) {
        send("POST", phonePath(number) + "/hangup", null, Map.class);
    }

    public void press(String number, String digits) {
        send("POST", phonePath(number) + "/press", body("digits", digits), Map.class);
    }

    public void say(String number, String speech) {
        send("POST", phonePath(number) + "/say", body("speech", speech), Map.class);
    }

    /** The phone texts the line. @return the message's sid */
    public String sms(String from, String body) {
        return sms(from, null, body);
    }

    /** The phone texts the line at {@code to}, one of {@link #accountNumbers()}. @return the message's sid */
    public String sms(String from, String to, String body) {
        return send("POST", phonePath(from) + "/sms", body("body", body, "to", to), Sent.class).messageSid();
    }

    /** The account's numbers, the line's own first: the ones a phone may call or text and the line may call or text from. */
    public List<String> accountNumbers() {
        return send("GET", "/sim/numbers", null, Numbers.class).numbers();
    }

    // ---- calls and conferences

    public CallView call(String callSid) {
        return send("GET", "/sim/calls/" + encode(callSid), null, CallView.class);
    }

    public List<CallView> calls() {
        return send("GET", "/sim/calls", null, new TypeReference<List<CallView>>() { });
    }

    /** The active conference of that name, else the latest one that had it. */
    public Optional<ConferenceView> conference(String friendlyName) {
        try {
            return Optional.of(send("GET", "/sim/conferences/" + encode(friendlyName), null, ConferenceView.class));
        } catch (SimulatorClientException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public List<ConferenceView> conferences() {
        return send("GET", "/sim/conferences", null, new TypeReference<List<ConferenceView>>() { });
    }

    // ---- recordings

    /** Every recording the line made with {@code <Record>}, oldest first, deleted ones included (marked). */
    public List<RecordingView> recordings() {
        return send("GET", "/sim/recordings", null, new TypeReference<List<RecordingView>>() { });
    }

    // ---- logs and levers

    public List<ApiLogEntry> apiLog() {
        return send("GET", "/sim/api-log", null, new TypeReference<List<ApiLogEntry>>() { });
    }

    public void clearApiLog() {
        send("DELETE", "/sim/api-log", null, Void.class);
    }

    public List<WebhookLogEntry> webhookLog() {
        return send("GET", "/sim/webhook-log", null, new TypeReference<List<WebhookLogEntry>>() { });
    }

    public void clearWebhookLog() {
        send("DELETE", "/sim/webhook-log", null, Void.class);
    }

    /** The next webhook whose URL contains this text is delivered twice (same parameters, same idempotency token). */
    public void duplicateNext(String urlContains) {
        send("POST", "/sim/webhooks/duplicate-next", body("urlContains", urlContains), Map.class);
    }

    /** From now on the matching REST requests are slow, fail, or both (see {@link RestFault}). */
    public void restFault(RestFault fault) {
        send("POST", "/sim/rest-faults", fault, Map.class);
    }

    public List<RestFault> restFaults() {
        return send("GET", "/sim/rest-faults", null, new TypeReference<List<RestFault>>() { });
    }

    /** The REST API behaves again. */
    public void clearRestFaults() {
        send("DELETE", "/sim/rest-faults", null, Void.class);
    }

    /** Forgets calls, conferences, texts, recordings, logs and REST faults; phones keep their settings. */
    public void reset() {
        reset(false);
    }

    public void reset(boolean forgetPhones) {
        send("POST", "/sim/reset?phones=" + forgetPhones, null, Map.class);
    }

    // ---- waiting

    /** Polls the phone until the condition holds. @throws AssertionError with the last state on timeout */
    public PhoneView awaitPhone(String number, Predicate<PhoneView> condition, Duration timeout) {
        return await(() -> phone(number), condition, timeout, "phone " + number);
    }

    public ConferenceView awaitConference(String friendlyName, Predicate<ConferenceView> condition, Duration timeout) {
        return await(() -> conference(friendlyName).orElse(null), c -> c != null && condition.test(c), timeout,
                "conference " + friendlyName);
    }

    public CallView awaitCall(String callSid, Predicate<CallView> condition, Duration timeout) {
        return await(() -> call(callSid), condition, timeout, "call " + callSid);
    }

    private static <T> T await(Supplier<T> read, Predicate<T> condition, Duration timeout, String what) {
        Instant deadline = Instant.now().plus(timeout);
        T last = read.get();
        while (!condition.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(what + " did not reach the expected state within " + timeout + "; last seen: " + last);
            }
            try {
                Thread.sleep(POLL_INTERVAL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
            last = read.get();
        }
        return last;
    }

    // ---- plumbing

    private record Started(String callSid) {
    }

    private record Sent(String messageSid) {
    }

    private record Numbers(String line, List<String> numbers) {
    }

    private static Map<String, String> body(String... namesAndValues) {
        Map<String, String> body = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                body.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return body;
    }

    private <T> T send(String method, String path, Object body, Class<T> type) {
        String answer = exchange(method, path, body);
        return type == Void.class || answer.isBlank() ? null : json.readValue(answer, type);
    }

    private <T> T send(String method, String path, Object body, TypeReference<T> type) {
        return json.readValue(exchange(method, path, body), type);
    }

    private String exchange(String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() / 100 != 2) {
                throw new SimulatorClientException(response.statusCode(),
                        method + " " + path + " -> " + response.statusCode() + ": " + response.body());
            }
            return response.body() == null ? "" : response.body();
        } catch (IOException e) {
            throw new SimulatorClientException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SimulatorClientException(method + " " + path + " interrupted", e);
        }
    }

    private static String phonePath(String number) {
        return "/sim/phones/" + encode(number);
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

package org.interpreterline.simulator;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Predicate;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.twilio.security.RequestValidator;
import static org.awaitility.Awaitility.await;

/**
 * A stand-in for the services' webhook endpoints: answers scripted TwiML per path and records every request,
 * checking its signature with the Twilio SDK's {@link RequestValidator}. One per test JVM.
 */
public final class FakeLine {

    public static final String AUTH_TOKEN = "simulator-token-not-a-secret";
    private static final FakeLine SHARED = new FakeLine();

    /** A request Twilio (the simulator) made. */
    public record Hook(Instant at, String method, String path, String url, Map<String, String> params, String signature,
                       String idempotencyToken, String userAgent, boolean signatureValid) {

        public String param(String name) {
            return params.get(name);
        }
    }

    private record Answer(int status, Function<Hook, String> body, Duration delay) {

        Answer(int status, Function<Hook, String> body) {
            this(status, body, Duration.ZERO);
        }
    }

    private final HttpServer server;
    private final RequestValidator validator = new RequestValidator(AUTH_TOKEN);
    private final List<Hook> received = new CopyOnWriteArrayList<>();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    private FakeLine() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    public static FakeLine shared() {
        return SHARED;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void respond(String path, String twiml) {
        respond(path, hook -> twiml);
    }

    public void respond(String path, Function<Hook, String> twiml) {
        answers.put(path, new Answer(200, twiml));
    }

    /** Answers only after {@code delay}: a line too slow for Twilio's webhook time-out. */
    public void respondAfter(String path, Duration delay, String twiml) {
        answers.put(path, new Answer(200, hook -> twiml, delay));
    }

    public void fail(String path, int status) {
        answers.put(path, new Answer(status, hook -> "oops"));
    }

    public void reset() {
        answers.clear();
        received.clear();
    }

    public List<Hook> received() {
        return List.copyOf(received);
    }

    public List<Hook> received(String path) {
        return received.stream().filter(h -> h.path().equals(path)).toList();
    }

    public Hook awaitHook(String path, Predicate<Hook> condition) {
        await().atMost(Duration.ofSeconds(10)).until(() -> received(path).stream().anyMatch(condition));
        return received(path).stream().filter(condition).findFirst().orElseThrow();
    }

    public Hook awaitHook(String path) {
        return awaitHook(path, h -> true);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String query = exchange.getRequestURI().getRawQuery();
        String url = url(exchange.getRequestURI().getPath()) + (query == null ? "" : "?" + query);
        Map<String, String> params = "POST".equals(exchange.getRequestMethod()) ? parse(body) : Map.of();
        String signature = exchange.getRequestHeaders().getFirst("X-Twilio-Signature");
        Hook hook = new Hook(Instant.now(), exchange.getRequestMethod(), exchange.getRequestURI().getPath(), url,
                "GET".equals(exchange.getRequestMethod()) && query != null ? parse(query) : params, signature,
                exchange.getRequestHeaders().getFirst("I-Twilio-Idempotency-Token"),
                exchange.getRequestHeaders().getFirst("User-Agent"),
                signature != null && validator.validate(url, params, signature));
        received.add(hook);
        Answer answer = answers.getOrDefault(hook.path(), new Answer(200, h -> "<Response/>"));
        if (!answer.delay().isZero()) {
            try {
                Thread.sleep(answer.delay()); // the slow line under test, not a wait for something
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] out = answer.body().apply(hook).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=utf-8");
        exchange.sendResponseHeaders(answer.status(), out.length == 0 ? -1 : out.length);
        try (OutputStream stream = exchange.getResponseBody()) {
            stream.write(out);
        }
    }

    private static Map<String, String> parse(String form) {
        Map<String, String> params = new LinkedHashMap<>();
        if (form.isEmpty()) {
            return params;
        }
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(name, value);
        }
        return params;
    }
}

package org.interpreterline.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilderFactory;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.simulator.phones.Behaviour;
import org.interpreterline.testkit.SignedWebhook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * Hostile input against the running line: a few thousand webhooks, each signed as Twilio signs them, to every
 * webhook of dispatch-service and notification-service, with fields missing, ids that name nothing, keypresses and
 * texts full of control characters, NULs, emoji, right-to-left marks and 1,700-character bodies, and the officers'
 * commands (ADD with any number, CARD, TOUGH, AGAIN, ALSO) followed by the same noise, from a fixed seed (so a
 * failure is met again on the next run). No answer may be a 5xx, every answer with a body must be XML Twilio can
 * read; the language card page, which residents open in a browser, answers no 500 either. Afterwards the line must
 * still do its job: an officer who calls is bridged with an interpreter.
 */
@ExtendWith(SharedLine.class)
class FuzzedWebhooksIT {

    static final long SEED = 20261205L;
    static final int WEBHOOKS = 3000;
    static final Duration PATIENCE = Duration.ofSeconds(60);
    /** Registered, so that fuzzed texts and calls get past the responder check and open requests. */
    static final List<String> FUZZED_OFFICERS = java.util.stream.IntStream.range(0, 10)
            .mapToObj(i -> "+1412555" + (6001 + i)).toList();
    static final String OFFICER = "+14125550611";
    static final String INTERPRETER = "+14125550621";
    /** Asks for the language card whose page is fuzzed. */
    static final String CARD_OFFICER = "+14125550631";

    static LineUnderTest line;

    @BeforeAll
    static void joinTheSharedLine(LineUnderTest shared) {
        line = shared;
        for (String officer : FUZZED_OFFICERS) {
            line.responder("Officer Fuzz " + officer.substring(8), officer, "Pittsburgh Police");
        }
        line.responder("Officer Tesfaye", OFFICER, "Pittsburgh Police");
        line.responder("Officer Kebede", CARD_OFFICER, "Pittsburgh Police");
    }

    /** A webhook of one service: where Twilio posts it, and the query it carries. */
    record Target(String baseUrl, String path, List<String> query) {
    }

    @Test
    void thousandsOfHostileSignedWebhooksGetNoServerErrorAndTheLineStillBridgesACall() throws Exception {
        String dispatch = line.dispatch.url();
        String notification = line.notification.url();
        List<Target> targets = List.of(
                new Target(dispatch, "/twilio/voice", List.of()),
                new Target(dispatch, "/twilio/voice/language", List.of("attempt", "agency", "spoken")),
                new Target(dispatch, "/twilio/voice/pin", List.of("attempt")),
                new Target(dispatch, "/twilio/voice/hold", List.of("requestId")),
                new Target(dispatch, "/twilio/voice/status", List.of()),
                new Target(dispatch, "/twilio/sms", List.of()),
                new Target(notification, "/twilio/conference", List.of("requestId")),
                new Target(notification, "/twilio/offer", List.of("offerId", "repeat", "held")),
                new Target(notification, "/twilio/offer/answer", List.of("offerId", "repeat", "held")),
                new Target(notification, "/twilio/offer/bridge", List.of("offerId", "attempt")),
                new Target(notification, "/twilio/offer/wait", List.of("offerId", "attempt")),
                new Target(notification, "/twilio/offer/status", List.of("offerId")),
                new Target(notification, "/twilio/callback", List.of("requestId", "held")),
                new Target(notification, "/twilio/callback/status", List.of("requestId")),
                new Target(notification, "/twilio/resident/status", List.of("requestId", "addId")));
        Random random = new Random(SEED);
        List<Map.Entry<String, Map<String, String>>> webhooks = new ArrayList<>();
        for (int i = 0; i < WEBHOOKS; i++) {
            Target target = targets.get(random.nextInt(targets.size()));
            StringBuilder url = new StringBuilder(target.baseUrl()).append(target.path());
            char separator = '?';
            for (String name : target.query()) {
                if (random.nextInt(5) > 0) {
                    url.append(separator).append(name).append('=').append(
                            java.net.URLEncoder.encode(queryValue(random), java.nio.charset.StandardCharsets.UTF_8));
                    separator = '&';
                }
            }
            webhooks.add(Map.entry(url.toString(), form(random)));
        }

        Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        List<Long> millis = Collections.synchronizedList(new ArrayList<>());
        Instant start = Instant.now();
        try (ExecutorService senders = Executors.newFixedThreadPool(4)) {
            List<Future<?>> sent = new ArrayList<>();
            for (Map.Entry<String, Map<String, String>> webhook : webhooks) {
                sent.add(senders.submit(() -> {
                    long t0 = System.nanoTime();
                    HttpResponse<String> answer = SignedWebhook.post(line.authToken, webhook.getKey(),
                            webhook.getKey(), webhook.getValue());
                    millis.add((System.nanoTime() - t0) / 1_000_000);
                    statuses.computeIfAbsent(answer.statusCode() / 100 + "xx", s -> new AtomicInteger())
                            .incrementAndGet();
                    String problem = problemWith(answer);
                    if (problem != null && failures.size() < 20) {
                        failures.add(problem + ": POST " + webhook.getKey() + " " + webhook.getValue());
                    }
                    return null;
                }));
            }
            for (Future<?> done : sent) {
                done.get();
            }
        }
        Duration fuzzing = Duration.between(start, Instant.now());
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.printf("fuzzed webhooks: %d in %d s, answers %s, answer time p50 %d ms, p99 %d ms, max %d ms%n",
                WEBHOOKS, fuzzing.toSeconds(), statuses, sorted.get(sorted.size() / 2),
                sorted.get(sorted.size() * 99 / 100), sorted.getLast());
        // how deep the fuzz reached: requests it opened, and whether any event was written that no service can read
        System.out.printf("fuzzed webhooks: %d requests opened by the fuzz, %d events in the shared line's log, %d"
                + " unreadable%n", line.events.all(RequestOpened.class).stream()
                        .filter(o -> FUZZED_OFFICERS.contains(o.requesterPhone())).count(),
                line.events.entries().size(), line.events.unreadable().size());
        assertThat(failures).as("answers that were a 5xx or not TwiML").isEmpty();
        assertThat(line.events.unreadable()).as("events the fuzz made that no service can read").isEmpty();
        assertThat(statuses).containsKey("2xx");

        // the consumers kept up and nothing is stuck: an officer calling now is bridged with an interpreter
        line.sim.configurePhone(INTERPRETER, "Hana Tesfaye", Behaviour.ANSWER, 300, "1", false);
        line.availableInterpreter("Hana Tesfaye", INTERPRETER, List.of("am"), 1);
        line.sim.configurePhone(OFFICER, null, Behaviour.ANSWER, 200, null, false); // picks up the line's call back
        Instant asked = Instant.now();
        line.sim.sms(OFFICER, "amharic");
        RequestOpened opened = line.events.await(RequestOpened.class, e -> OFFICER.equals(e.requesterPhone())
                && "am".equals(e.language()), PATIENCE);
        line.sim.awaitConference("req-" + opened.requestId(),
                c -> c.phoneNumbers().containsAll(List.of(OFFICER, INTERPRETER)), PATIENCE);
        System.out.printf("fuzzed webhooks: the next request was bridged %d ms after the officer's text%n",
                Duration.between(asked, Instant.now()).toMillis());
    }

    @Test
    void theLanguageCardPageAnswersHostileTapsAndSearchesWithoutAServerError() throws Exception {
        // a real card, so that searches and taps reach past the token check
        String officer = CARD_OFFICER;
        line.sim.configurePhone(officer, null, Behaviour.ANSWER, 200, null, false);
        line.sim.sms(officer, "CARD");
        String link = line.sim.awaitPhone(officer, p -> p.inboxBodies().stream().anyMatch(b -> b.contains("/card/")),
                PATIENCE).inboxBodies().stream().filter(b -> b.contains("/card/")).findFirst().orElseThrow();
        java.util.regex.Matcher card = java.util.regex.Pattern.compile("/card/([A-Za-z0-9_-]{22})").matcher(link);
        assertThat(card.find()).as(link).isTrue();
        String token = card.group(1);

        Random random = new Random(SEED + 1);
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                .build();
        Map<Integer, AtomicInteger> statuses = new java.util.TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String tokenSent = random.nextInt(3) > 0 ? token : text(random);
            java.net.http.HttpRequest request;
            if (random.nextBoolean()) {
                request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(line.dispatch.url() + "/card/"
                                + encode(tokenSent).replace("+", "%20") + "?q=" + encode(text(random))))
                        .timeout(Duration.ofSeconds(15)).GET().build();
            } else {
                String form = "card=" + encode(tokenSent) + "&language=" + encode(random.nextBoolean()
                        ? pick(random, "es", "ti", "ar", "so", "ne", "zz", "") : text(random));
                java.net.http.HttpRequest.Builder post = java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create(line.dispatch.url() + "/card/choice"))
                        .timeout(Duration.ofSeconds(15))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form));
                if (random.nextBoolean()) {
                    post.header("Sec-Fetch-Site", pick(random, "same-origin", "cross-site", "none"));
                }
                request = post.build();
            }
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            statuses.computeIfAbsent(answer.statusCode(), c -> new AtomicInteger()).incrementAndGet();
            // a 5xx, or the fuzz's own markup shown back to the resident unescaped
            if ((answer.statusCode() >= 500 || answer.body().contains("<Say>")) && failures.size() < 20) {
                failures.add(answer.statusCode() + " for " + request.method() + " " + request.uri());
            }
        }
        System.out.printf("fuzzed language card: 400 requests, answers %s%n", statuses);
        assertThat(failures).as("server errors or unescaped input on the card page").isEmpty();
        assertThat(statuses).containsKey(200);
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Why the answer is not what Twilio must get, or null when it is. */
    private static String problemWith(HttpResponse<String> answer) {
        if (answer.statusCode() >= 500) {
            return "answered " + answer.statusCode();
        }
        String body = answer.body();
        if (answer.statusCode() >= 300 || body == null || body.isBlank()) {
            return null;
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document twiml = factory.newDocumentBuilder().parse(new InputSource(new StringReader(body)));
            String root = twiml.getDocumentElement().getTagName();
            return "Response".equals(root) ? null : "answered <" + root + "> instead of TwiML";
        } catch (Exception e) {
            return "answered XML Twilio cannot read (" + e.getMessage() + "): " + body;
        }
    }

    private static Map<String, String> form(Random random) {
        Map<String, String> form = new LinkedHashMap<>();
        maybe(random, form, "CallSid", () -> random.nextBoolean() ? "CA" + hex(random, 32) : text(random));
        maybe(random, form, "MessageSid", () -> "SM" + hex(random, 32));
        maybe(random, form, "From", () -> phone(random));
        maybe(random, form, "To", () -> random.nextBoolean() ? LineUnderTest.LINE_NUMBER : phone(random));
        maybe(random, form, "Body", () -> text(random));
        maybe(random, form, "Digits", () -> digits(random));
        maybe(random, form, "SpeechResult", () -> text(random));
        maybe(random, form, "CallStatus", () -> pick(random, "queued", "ringing", "in-progress", "completed",
                "busy", "no-answer", "failed", "canceled", text(random)));
        maybe(random, form, "AnsweredBy", () -> pick(random, "human", "machine_start", "fax", "unknown",
                text(random)));
        maybe(random, form, "StatusCallbackEvent", () -> pick(random, "participant-join", "participant-leave",
                "conference-start", "conference-end", "participant-hold", text(random)));
        maybe(random, form, "ConferenceSid", () -> "CF" + hex(random, 32));
        maybe(random, form, "FriendlyName", () -> random.nextBoolean() ? "req-" + UUID.randomUUID() : text(random));
        maybe(random, form, "ParticipantLabel", () -> pick(random, "requester", "interpreter", "officer",
                text(random)));
        return form;
    }

    private static void maybe(Random random, Map<String, String> form, String name,
            java.util.function.Supplier<String> value) {
        if (random.nextInt(3) > 0) {
            form.put(name, value.get());
        }
    }

    private static String queryValue(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> UUID.randomUUID().toString();
            case 1 -> Integer.toString(random.nextInt(7) - 2);
            case 2 -> pick(random, "true", "false", "Pittsburgh Police", "Allegheny County Sheriff");
            case 3 -> "";
            default -> text(random);
        };
    }

    private static String phone(Random random) {
        return switch (random.nextInt(8)) {
            case 0, 5, 6, 7 -> pick(random, FUZZED_OFFICERS.toArray(String[]::new));
            case 1 -> "+1412555" + (1000 + random.nextInt(9000));
            case 2 -> "+" + random.nextLong(1_000_000_000L, 999_999_999_999_999L);
            case 3 -> pick(random, "911", "+1900555 0199", "anonymous", "");
            default -> text(random);
        };
    }

    private static String digits(Random random) {
        if (random.nextBoolean()) {
            return Integer.toString(random.nextInt(10)); // a menu choice, often a language's
        }
        StringBuilder keys = new StringBuilder();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            keys.append("0123456789*#wA".charAt(random.nextInt(14)));
        }
        return keys.toString();
    }

    /** Words the line knows, mixed with what no person types: controls, NUL, lone surrogates, emoji, RTL marks. */
    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        if (random.nextInt(3) == 0) {
            // a word the line acts on first, so that the noise after it goes deeper than the parser
            text.append(pick(random, "spanish", "Nepali", "CANCEL", "STATUS", "arabic", "español", "somali", "ADD",
                    "CARD", "TOUGH", "AGAIN", "ALSO")).append(' ');
        }
        int parts = random.nextInt(6);
        for (int i = 0; i < parts; i++) {
            switch (random.nextInt(9)) {
                case 0 -> text.append(pick(random, "spanish", "Nepali", "CANCEL", "STATUS", "ON", "OFF", "HELP",
                        "español", "arabic please", "YES", "STOP", "1", "0", "CARD", "TOUGH", "AGAIN", "ALSO"));
                // an added number: valid, premium, emergency, short code or noise, as the officer may type it
                case 7 -> text.append("ADD ").append(random.nextBoolean() ? phone(random)
                        : pick(random, "+1 (412) 555-0142", "+19005550199", "112", "911", "*67", "+", "00"));
                case 1 -> text.append((char) random.nextInt(0x20));
                case 2 -> text.append("\u0000");
                case 3 -> text.append("\uD83D\uDE00".repeat(1 + random.nextInt(150)));
                case 4 -> text.append("\u202E\u200F\u2066");
                case 5 -> text.append(random.nextBoolean() ? '\uD800' : '\uDFFF');
                case 6 -> text.append("x".repeat(1 + random.nextInt(1700)));
                default -> text.append("<Say>&amp;\"'</Response>");
            }
            text.append(' ');
        }
        return text.toString();
    }

    private static String hex(Random random, int length) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < length; i++) {
            hex.append(Character.forDigit(random.nextInt(16), 16));
        }
        return hex.toString();
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }
}

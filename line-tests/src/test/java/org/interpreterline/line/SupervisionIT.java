package org.interpreterline.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.interpreterline.local.process.ServiceProcess;
import org.interpreterline.events.Channel;
import org.interpreterline.events.Topics;
import org.interpreterline.events.dispatch.RequestCancelled;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.events.roster.RequestEscalated;
import org.interpreterline.events.roster.RequestQueued;
import org.interpreterline.simulator.phones.Behaviour;
import org.interpreterline.simulator.phones.PhoneCallState;
import org.interpreterline.simulator.phones.PhoneView;
import org.interpreterline.simulator.rest.RestFault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Supervisors see the truth: a scripted hour of the line in a minute — requests connected (one
 * after a decline, one after a long wait), escalated, cancelled, a Twilio error, a dead letter, a service
 * going down — scraped by a real Prometheus every second. Then every query of every dashboard panel and every
 * rule in deploy/ is run against it: each must return data, and the counts must be the scenario's.
 */
class SupervisionIT {

    static final Duration PATIENCE = Duration.ofSeconds(40);
    static final String FALLBACK = "+14125550999";
    /** The Chinese request waits this long before its interpreter comes on: past the 30 s connect-time alert. */
    static final Duration LONG_WAIT = Duration.ofSeconds(32);

    static LineUnderTest line;
    static PrometheusUnderTest prometheus;
    static Instant scenarioStart;

    @BeforeAll
    static void startTheLineAndPrometheus() throws Exception {
        InstalledTool.PROMETHEUS.path();
        line = LineUnderTest.start("supervision", Map.ofEntries(
                Map.entry("FALLBACK_NUMBER", FALLBACK),
                Map.entry("LINE_OFFER_TIMEOUT", "10s"),
                Map.entry("LINE_ROSTER_TICK", "500ms"),
                Map.entry("LINE_ESCALATE_AFTER", "90s"),
                Map.entry("LINE_ESCALATE_AFTER_EMERGENCY", "90s"),
                // a phone nobody picks up rings 120 s (30 s here): the 10 s offer deadline comes first
                Map.entry("LINE_NOTIFICATION_RINGTIMEOUT", "120s"),
                // one wrong PIN locks a number out: three strangers make a PIN-guessing wave
                Map.entry("LINE_DISPATCH_AGENCIES_0_NAME", "Pittsburgh Police"),
                Map.entry("LINE_DISPATCH_AGENCIES_0_PIN", "4321"),
                Map.entry("LINE_DISPATCH_PIN_LOCKOUT_WRONG_PINS", "1"),
                // the canary panels need a run to show: the first comes seconds after start, not a minute
                Map.entry("LINE_CANARY_FIRST_RUN_AFTER", "5s"),
                // one tough call rests an interpreter: Ana's TOUGH after her call shows on the wellbeing panels
                Map.entry("LINE_ROSTER_TOUGH_CALLS_BEFORE_REST", "1"),
                // the breaker looks at the last two Twilio requests: one failure at the end opens it
                Map.entry("LINE_TWILIO_BREAKER_WINDOW", "2")), 4);
        Map<String, Integer> targets = new LinkedHashMap<>();
        line.services().forEach(s -> targets.put(s.name(), s.port()));
        prometheus = new PrometheusUnderTest(Path.of("target", "prometheus"), targets, DeployFiles.ruleFiles(),
                LineUnderTest.ADMIN_USER, line.adminPassword);
        scenarioStart = Instant.now();
    }

    @AfterAll
    static void stop() throws Exception {
        if (prometheus != null) {
            prometheus.close();
        }
        if (line != null) {
            line.close();
        }
    }

    @Test
    void everyPanelAndRuleShowsWhatHappenedOnTheLine() throws Exception {
        Scenario scenario = new Scenario();
        scenario.run();

        try {
            Awaitility.await("Prometheus has scraped the scenario's outcomes").atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                        assertThat(byOutcome("line_requests_total")).containsExactlyInAnyOrderEntriesOf(Map.of(
                                "connected", 3.0, "escalated", 2.0, "cancelled", 1.0, "failed", 0.0));
                        assertThat(byOutcome("roster_offers_total")).containsExactlyInAnyOrderEntriesOf(Map.of(
                                "accepted", 3.0, "declined", 1.0, "busy", 1.0, "expired", 1.0, "withdrawn", 1.0,
                                "no_answer", 0.0, "failed", 0.0, "conflict", 0.0));
                        // each reader of dispatch.events set the unreadable record aside
                        assertThat(prometheus.query("line_dead_letters_total{topic=\"dispatch.events.dlt\"} == 1")
                                .findValuesAsString("service")).containsExactlyInAnyOrder("dispatch-service",
                                "interpreter-roster", "notification-service");
                    });
        } finally {
            dumpScrapes();
        }
        assertThat(prometheus.value("sum(line_connect_seconds_count)")).isEqualTo(3);
        assertThat(prometheus.value("sum(line_connect_seconds_bucket{language=\"zh\", le=\"30.0\"})")).isZero();
        assertThat(prometheus.value("sum(line_connect_seconds_bucket{language=\"zh\", le=\"+Inf\"})")).isOne();
        // the officer who texted Chinese refuses texts: "you are in line" and "we are calling you" both failed
        Awaitility.await("the unread record and the refused texts alert").atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                    assertThat(prometheus.value("sum(notification_twilio_requests_seconds_count{outcome=\"error\"})"))
                            .isGreaterThanOrEqualTo(2);
                    assertThat(firing()).contains("DeadLetters", "TwilioErrors", "PinGuessing",
                            "InterpreterRestingAfterToughCalls");
                });

        // Twilio fails for a moment: one failed text is half of the breaker's window of two, and it opens
        line.sim.restFault(RestFault.failing("/Messages.json", 503, 0));
        line.sim.sms(scenario.somaliOfficer, "Somali");
        try {
            // open through scrapes 3 s apart (it stays open 30 s): the range query's 2 s steps below see it
            Awaitility.await("Prometheus sees the Twilio circuit breaker open").atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> prometheus.value("max(min_over_time(line_twilio_breaker_state[3s]))") > 0
                            && prometheus.value("max(count_over_time(line_twilio_breaker_state[3s]))") >= 3);
        } finally {
            line.sim.clearRestFaults();
        }

        // last: a service goes down, for the alert that watches for it
        line.notification.stop();
        Awaitility.await("Prometheus sees notification-service down").atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> prometheus.value("up{job=\"notification-service\"}") == 0);

        Instant end = Instant.now();
        // a range query evaluates at start, start + step, ... <= end: start is moved so that the last step is
        // end itself, else the last step may fall before the scrape that saw the service down
        Duration step = Duration.ofSeconds(2);
        long steps = Duration.between(scenarioStart, end).toMillis() / step.toMillis() + 1;
        Instant start = end.minus(step.multipliedBy(steps));
        long seconds = Duration.between(start, end).toSeconds() + 1;
        Map<String, String> variables = Map.of("__range", seconds + "s", "__rate_interval", "30s",
                "__interval", "2s", "window", "1m", "language", ".*", "application", ".*");
        List<DeployedQueries.Query> queries = new ArrayList<>(DeployedQueries.dashboards(variables));
        queries.addAll(DeployedQueries.rules());
        assertThat(queries).hasSizeGreaterThan(40);
        List<String> empty = new ArrayList<>();
        for (DeployedQueries.Query query : queries) {
            if (!hasData(prometheus.queryRange(query.expr(), start, end, step))) {
                empty.add(query + ": " + query.expr());
            }
        }
        assertThat(empty).as("queries that returned no data during the scenario").isEmpty();

        List<String> unhealthy = new ArrayList<>();
        prometheus.rules().forEach(group -> group.path("rules").forEach(rule -> {
            if (!"ok".equals(rule.path("health").asString())) {
                unhealthy.add(rule.path("name").asString() + ": " + rule.path("lastError").asString());
            }
        }));
        assertThat(unhealthy).isEmpty();
        assertThat(prometheus.rules().findValuesAsString("name")).containsAll(
                DeployedQueries.rules().stream().map(q -> q.source().substring(q.source().indexOf(": ") + 2))
                        .toList());
    }

    /** Some series of the range result has a sample that is a number. */
    private static boolean hasData(JsonNode result) {
        for (JsonNode series : result) {
            for (JsonNode sample : series.path("values")) {
                String value = sample.get(1).asString();
                if (!"NaN".equals(value)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> firing() {
        return prometheus.query("ALERTS{alertstate=\"firing\"}").findValuesAsString("alertname");
    }

    private static Map<String, Double> byOutcome(String metric) {
        Map<String, Double> byOutcome = new LinkedHashMap<>();
        prometheus.query("sum by (outcome) (" + metric + ")").forEach(series -> byOutcome.put(
                series.path("metric").path("outcome").asString(),
                Double.parseDouble(series.path("value").get(1).asString())));
        return byOutcome;
    }

    /** What each service exposed at the end, for whoever reads a failure (and writes dashboards). */
    private static void dumpScrapes() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (ServiceProcess service : line.services()) {
            String body = http.send(HttpRequest.newBuilder(URI.create(service.url() + "/actuator/prometheus"))
                    .header("Authorization", line.dispatchAdmin.authorization()).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Files.writeString(Path.of("target", "prometheus", service.name() + ".prom"), body);
        }
    }

    /** The script: who calls, who answers how, in which order. Each request has its own language. */
    static final class Scenario {

        final String chineseOfficer = "+14125551101";   // texts; rejects texts back (a Twilio error)
        final String spanishOfficer = "+14125551102";
        final String nepaliOfficer = "+14125551103";
        final String arabicOfficer = "+14125551104";
        final String swahiliOfficer = "+14125551105";
        final String somaliOfficer = "+14125551106";

        void run() throws Exception {
            // the Chinese request first: it waits while everything else happens
            line.responder("Officer Wang", chineseOfficer, "Pittsburgh Police");
            line.sim.configurePhone(chineseOfficer, "Officer Wang", Behaviour.ANSWER, 200, null, true);
            line.sim.configurePhone("+14125552107", "Li", Behaviour.ANSWER, 200, "1", false);
            String li = line.rosterAdmin.ok("POST", "/api/interpreters", Map.of("name", "Li", "phone",
                    "+14125552107", "languages", List.of("zh"), "tier", 1)).path("id").asString(); // off duty
            line.sim.sms(chineseOfficer, "Chinese");
            RequestOpened chinese = line.events.await(RequestOpened.class,
                    e -> chineseOfficer.equals(e.requesterPhone()), PATIENCE);
            Instant chineseOpened = Instant.now();
            line.events.await(RequestQueued.class, q -> q.requestId().equals(chinese.requestId()), PATIENCE);

            line.sim.configurePhone(FALLBACK, "Fallback provider", Behaviour.ANSWER, 200, null, false);
            List<Callable<Object>> setUp = new ArrayList<>();
            for (String officer : List.of(spanishOfficer, nepaliOfficer, arabicOfficer, swahiliOfficer,
                    somaliOfficer)) {
                setUp.add(() -> line.responder("Officer " + officer.substring(9), officer, "Pittsburgh Police"));
            }
            setUp.add(() -> interpreter("Ana", "+14125552101", "es", Behaviour.ANSWER, "1", 1));
            setUp.add(() -> interpreter("Bishnu", "+14125552102", "ne", Behaviour.ANSWER, "2", 1));
            setUp.add(() -> interpreter("Kamal", "+14125552103", "ne", Behaviour.ANSWER, "1", 2));
            setUp.add(() -> interpreter("Omar", "+14125552104", "ar", Behaviour.MANUAL, null, 1));
            setUp.add(() -> interpreter("Juma", "+14125552105", "sw", Behaviour.BUSY, null, 1));
            setUp.add(() -> interpreter("Hodan", "+14125552106", "so", Behaviour.MANUAL, null, 1));
            try (ExecutorService admins = Executors.newVirtualThreadPerTaskExecutor()) {
                for (Future<Object> done : admins.invokeAll(setUp)) {
                    done.get(); // each admin write waits until applied: at once, they take a second, not ten
                }
            }

            connectedByVoice(spanishOfficer, "1", "+14125552101");
            line.sim.sms("+14125552101", "TOUGH"); // Ana: this call is hard on her; it counts when it ends
            line.sim.hangup(spanishOfficer);
            connectedByVoice(nepaliOfficer, "4", "+14125552103");
            escalatedBySms(arabicOfficer, "Arabic");
            escalatedByVoice(swahiliOfficer, "5");
            cancelledBySms(somaliOfficer, "Somali");
            deadLetter();
            pinGuessingWave();

            Duration left = LONG_WAIT.minus(Duration.between(chineseOpened, Instant.now()));
            if (!left.isNegative()) {
                Thread.sleep(left.toMillis());
            }
            line.rosterAdmin.ok("PUT", "/api/interpreters/" + li + "/presence", Map.of("status", "AVAILABLE"));
            line.awaitRequest(chinese.requestId(), r -> "CONNECTED".equals(r.path("outcome").asString()));
        }

        private static String interpreter(String name, String phone, String language, Behaviour behaviour,
                String digits, int tier) {
            line.sim.configurePhone(phone, name, behaviour, 200, digits, false);
            return line.availableInterpreter(name, phone, List.of(language), tier);
        }

        private void connectedByVoice(String officer, String digit, String interpreterPhone) {
            String call = line.sim.dial(officer);
            line.pressOnceAnswered(officer, digit);
            RequestOpened opened = line.events.await(RequestOpened.class, e -> call.equals(e.requesterCallSid()),
                    PATIENCE);
            line.sim.awaitConference("req-" + opened.requestId(),
                    c -> c.phoneNumbers().containsAll(List.of(officer, interpreterPhone)), PATIENCE);
            line.awaitRequest(opened.requestId(), r -> "CONNECTED".equals(r.path("outcome").asString()));
        }

        private void escalatedBySms(String officer, String language) {
            line.sim.sms(officer, language);
            RequestOpened opened = line.events.await(RequestOpened.class, e -> officer.equals(e.requesterPhone())
                    && e.channel() == Channel.SMS, PATIENCE);
            line.events.await(RequestEscalated.class, e -> e.requestId().equals(opened.requestId())
                    && e.fallbackNumber() != null, PATIENCE);
            line.awaitRequest(opened.requestId(), r -> "ESCALATED".equals(r.path("outcome").asString()));
        }

        private void escalatedByVoice(String officer, String digit) {
            String call = line.sim.dial(officer);
            line.pressOnceAnswered(officer, digit);
            RequestOpened opened = line.events.await(RequestOpened.class, e -> call.equals(e.requesterCallSid()),
                    PATIENCE);
            line.awaitRequest(opened.requestId(), r -> "ESCALATED".equals(r.path("outcome").asString()));
        }

        private void cancelledBySms(String officer, String language) {
            line.sim.sms(officer, language);
            RequestOpened opened = line.events.await(RequestOpened.class, e -> officer.equals(e.requesterPhone())
                    && e.channel() == Channel.SMS, PATIENCE);
            line.events.await(OfferMade.class, o -> o.requestId().equals(opened.requestId()), PATIENCE);
            line.sim.sms(officer, "CANCEL");
            line.events.await(RequestCancelled.class, c -> c.requestId().equals(opened.requestId()), PATIENCE);
            line.awaitRequest(opened.requestId(), r -> "CANCELLED".equals(r.path("outcome").asString()));
        }

        /** Three unregistered phones each enter a wrong agency PIN, and each is locked out. */
        private void pinGuessingWave() {
            for (String stranger : List.of("+14125553101", "+14125553102", "+14125553103")) {
                line.sim.configurePhone(stranger, null, Behaviour.MANUAL, null, null, false);
                line.sim.dial(stranger);
                line.sim.awaitPhone(stranger, p -> p.waitingForInput() && p.heardText("Enter your agency PIN"),
                        PATIENCE);
                line.sim.press(stranger, "0000#");
                // the line hands them to the fallback provider; a provider still on an earlier call ends theirs
                PhoneView handedOver = line.sim.awaitPhone(stranger, p -> p.heardText("Too many wrong PINs")
                        && (p.callState() == PhoneCallState.IDLE || p.transcript().stream().anyMatch(
                                t -> t.text().equals("connected to " + FALLBACK))), PATIENCE);
                if (handedOver.callState() != PhoneCallState.IDLE) {
                    line.sim.hangup(stranger); // frees the provider for the next stranger
                }
            }
        }

        /** A record no consumer can read: every reader of dispatch.events copies it to dispatch.events.dlt. */
        private void deadLetter() throws Exception {
            new DeadLetters(line.broker.bootstrapServers()).writeGarbage(Topics.DISPATCH_EVENTS.name(),
                    "{\"type\":\"RequestOpened\",");
        }

    }
}

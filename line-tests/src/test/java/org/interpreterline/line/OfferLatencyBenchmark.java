package org.interpreterline.line;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.awaitility.Awaitility;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.roster.InterpreterStatusChanged;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.events.InterpreterStatus;
import org.interpreterline.simulator.phones.Behaviour;
import org.interpreterline.simulator.webhooks.WebhookLogEntry;
import org.junit.jupiter.api.Test;

/**
 * Load driver, not a test: how long from the officer's language choice reaching dispatch-service to the
 * interpreter's Calls API request reaching Twilio (the simulator). Sequential requests on an idle line, each
 * timed by the simulator's own clock (webhook sent → REST request received). Prints median, p90, p99, max.
 *
 * <p>Run: {@code ./mvnw -Pbenchmark verify -pl line-tests -am -Dit.test=OfferLatencyBenchmark -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false}; it writes {@code line-tests/target/benchmark-offer-latency.txt}.
 * {@code -Drequests=N} measures N requests; {@code -Dline.env.NAME=value} gives the services more environment
 * and {@code -Dtestkit.broker.NAME=value} the broker a property, to try a setting.
 */
class OfferLatencyBenchmark {

    static final int WARM_UP = 20;
    static final int MEASURED = Integer.getInteger("requests", 200);
    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final Duration SETTLE = Duration.ofMillis(Long.getLong("settleMillis", 300));

    @Test
    void languageChoiceToInterpreterCall() throws Exception {
        String officer = "+14125550901";
        String interpreter = "+14125550902";
        try (LineUnderTest line = LineUnderTest.start("benchmark", Map.of(), 1.0)) {
            line.responder("Officer Bench", officer, "Benchmark Police");
            line.sim.configurePhone(interpreter, "Ines", Behaviour.MANUAL, null, null, false); // rings until withdrawn
            String interpreterId = line.availableInterpreter("Ines", interpreter, List.of("es"), 1);

            List<Double> millis = new ArrayList<>();
            // where the time goes: webhook in -> RequestOpened created (dispatch), -> OfferMade decided
            // (broker + allocator), -> Calls API request (commit + notification-service + Twilio SDK)
            List<Double> intake = new ArrayList<>();
            List<Double> allocation = new ArrayList<>();
            List<Double> dialling = new ArrayList<>();
            for (int i = 0; i < WARM_UP + MEASURED; i++) {
                int availableBefore = line.events.all(InterpreterStatusChanged.class,
                        c -> c.interpreterId().equals(interpreterId) && c.current() == InterpreterStatus.AVAILABLE).size();
                String callSid = line.sim.dial(officer);
                line.pressOnceAnswered(officer, "1");
                RequestOpened opened = line.events.await(RequestOpened.class,
                        e -> callSid.equals(e.requesterCallSid()), PATIENCE);
                OfferMade offer = line.events.await(OfferMade.class,
                        o -> o.requestId().equals(opened.requestId()), PATIENCE);
                Instant dialled = awaitDial(line, offer.offerId());
                WebhookLogEntry choice = line.sim.webhookLog().stream()
                        .filter(w -> w.url().contains("/twilio/voice/language")
                                && callSid.equals(w.params().get("CallSid")))
                        .findFirst().orElseThrow();
                if (i >= WARM_UP) {
                    millis.add(Duration.between(choice.at(), dialled).toNanos() / 1e6);
                    intake.add(Duration.between(choice.at(), opened.occurredAt()).toNanos() / 1e6);
                    allocation.add(Duration.between(opened.occurredAt(), offer.occurredAt()).toNanos() / 1e6);
                    dialling.add(Duration.between(offer.occurredAt(), dialled).toNanos() / 1e6);
                }
                line.sim.hangup(officer); // cancels the request: the offer is withdrawn and Ines is free again
                line.events.await(InterpreterStatusChanged.class, c -> c.interpreterId().equals(interpreterId)
                        && c.current() == InterpreterStatus.AVAILABLE
                        && line.events.all(InterpreterStatusChanged.class, x -> x.interpreterId().equals(interpreterId)
                                && x.current() == InterpreterStatus.AVAILABLE).size() > availableBefore, PATIENCE);
                // idle again before the next one: the withdrawn offer's call is over at Twilio and its status
                // callbacks handled, so no request's clean-up queues ahead of the next request's offer
                Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(20)).until(
                        () -> line.sim.calls().stream().filter(c -> interpreter.equals(c.to()))
                                .allMatch(c -> c.endedAt() != null));
                Thread.sleep(SETTLE.toMillis());
                line.sim.clearApiLog();
                line.sim.clearWebhookLog();
            }
            report(millis, intake, allocation, dialling);
        }
    }

    /** When Twilio was asked to ring the interpreter for the offer. */
    private static Instant awaitDial(LineUnderTest line, String offerId) {
        return Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> OfferDials.firstByOffer(line.sim.apiLog()).get(offerId), Objects::nonNull);
    }

    private static void report(List<Double> total, List<Double> intake, List<Double> allocation,
            List<Double> dialling) throws Exception {
        String text = String.format("language choice -> interpreter Calls API request, %d sequential requests (%s):%n",
                total.size(), Instant.now())
                + line("total", total)
                + line("  webhook -> RequestOpened (dispatch-service)", intake)
                + line("  RequestOpened -> OfferMade (broker, allocator)", allocation)
                + line("  OfferMade -> Calls API (commit, notification-service, SDK)", dialling);
        System.out.print(text);
        Path out = Path.of("target", "benchmark-offer-latency.txt");
        Files.writeString(out, text);
    }

    private static String line(String what, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return String.format("  %-60s min %6.1f  median %6.1f  p90 %6.1f  p99 %6.1f  max %6.1f ms%n", what,
                sorted.getFirst(), Percentiles.of(sorted, 50), Percentiles.of(sorted, 90), Percentiles.of(sorted, 99),
                sorted.getLast());
    }
}

package org.interpreterline.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.interpreterline.events.Channel;
import org.interpreterline.events.notification.OfferNotAnswered;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.notification.twilio.TwilioBreaker;
import org.interpreterline.simulator.client.SimulatorClient;
import org.interpreterline.simulator.phones.Behaviour;
import org.interpreterline.simulator.rest.RestFault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Twilio failing every request, through the real SDK against the simulator: the breaker opens, a dial then fails at
 * once without asking Twilio, and once Twilio is back the line dials again by itself.
 */
class TwilioDownTest extends LineIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final SimulatorClient sim = TwilioStandIn.client();

    @Autowired
    MeterRegistry registry;

    @AfterEach
    void twilioBehavesAgain() {
        sim.clearRestFaults();
    }

    @Test
    void aTwilioThatKeepsFailingIsNoLongerAskedAndIsAskedAgainWhenItIsBack() {
        sim.configurePhone(Phones.TWILIO_DOWN_INTERPRETER, Behaviour.BUSY);
        sim.configurePhone(Phones.NOT_RUNG_INTERPRETER, Behaviour.BUSY);
        sim.configurePhone(Phones.RECOVERED_INTERPRETER, Behaviour.BUSY);
        sim.configurePhone(Phones.RECOVERED_TOO_INTERPRETER, Behaviour.BUSY);
        // every request about this interpreter fails: the dial and the looks for it alike
        sim.restFault(RestFault.failing("/Calls.json", 503, 0).to(Phones.TWILIO_DOWN_INTERPRETER));

        player().roster(offer(Phones.TWILIO_DOWN_INTERPRETER));
        await().atMost(WAIT).until(() -> breakerState() == 1.0);

        OfferMade notRung = offer(Phones.NOT_RUNG_INTERPRETER);
        Instant offered = Instant.now();
        player().roster(notRung);
        OfferNotAnswered failed = watch().await(OfferNotAnswered.class, e -> e.offerId().equals(notRung.offerId()));
        System.out.printf("with the breaker open an offer was reported not rung %d ms after it was made%n",
                Duration.between(offered, Instant.now()).toMillis());
        // not the interpreter's failure: the roster escalates on this instead of counting them a miss
        assertThat(failed.outcome()).isEqualTo(OfferNotAnswered.Outcome.TWILIO_UNAVAILABLE);
        assertThat(sim.apiLog()).noneMatch(e -> List.of(Phones.NOT_RUNG_INTERPRETER).equals(e.params().get("To")));

        sim.clearRestFaults();
        // half-open after open-for (2 s here); a request of other work may already have closed it
        await().atMost(WAIT).until(() -> breakerState() != 1.0);
        player().roster(offer(Phones.RECOVERED_INTERPRETER));
        player().roster(offer(Phones.RECOVERED_TOO_INTERPRETER));
        await().atMost(WAIT).until(() -> !sim.phone(Phones.RECOVERED_INTERPRETER).calls().isEmpty()
                && !sim.phone(Phones.RECOVERED_TOO_INTERPRETER).calls().isEmpty());
        await().atMost(WAIT).until(() -> breakerState() == 0.0);
    }

    private double breakerState() {
        return registry.get(TwilioBreaker.METRIC).gauge().value();
    }

    private static OfferMade offer(String interpreterPhone) {
        return OfferCallsTest.offer("down-" + UUID.randomUUID(), interpreterPhone, Channel.VOICE, null, null);
    }
}

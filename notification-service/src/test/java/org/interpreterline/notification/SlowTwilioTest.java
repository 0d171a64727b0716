package org.interpreterline.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.interpreterline.events.Channel;
import org.interpreterline.events.Priority;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.simulator.client.SimulatorClient;
import org.interpreterline.simulator.phones.Behaviour;
import org.interpreterline.simulator.rest.ApiLogEntry;
import org.interpreterline.simulator.rest.RestFault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A Twilio that is slow for one request, through the real SDK against the simulator: the call desk on the real
 * broker must go on dialling every other request as if nothing happened.
 */
class SlowTwilioTest extends LineIntegrationTest {

    private static final long HELD_MS = 6_000;
    private static final Duration NOT_LATER_THAN = Duration.ofSeconds(1);

    private final SimulatorClient sim = TwilioStandIn.client();

    @AfterEach
    void twilioBehavesAgain() {
        sim.clearRestFaults();
    }

    @Test
    void aDialTwilioHoldsForSixSecondsDoesNotDelayAnotherRequestsDial() {
        sim.configurePhone(Phones.SLOW_TWILIO_INTERPRETER, Behaviour.MANUAL);
        sim.configurePhone(Phones.UNHELD_INTERPRETER, Behaviour.MANUAL);
        sim.configurePhone(Phones.WARM_UP_INTERPRETER, Behaviour.BUSY);
        sim.configurePhone(Phones.BASELINE_INTERPRETER, Behaviour.BUSY);
        // a first dial, so the desk's start-up and first-use costs are not what is measured
        offerAndTimeTheDial(Phones.WARM_UP_INTERPRETER, "fr");
        // what an offer to dial takes on this machine with Twilio well
        Duration usual = offerAndTimeTheDial(Phones.BASELINE_INTERPRETER, "de");
        sim.restFault(new RestFault("POST", "/Calls.json", Phones.SLOW_TWILIO_INTERPRETER, HELD_MS, 0, 1, false));

        player().roster(offer("held-" + UUID.randomUUID(), Phones.SLOW_TWILIO_INTERPRETER, "es"));
        // the fault is used up the moment the simulator starts holding that dial
        await().atMost(Duration.ofSeconds(10)).until(() -> sim.restFaults().isEmpty());
        Duration withOneHeld = offerAndTimeTheDial(Phones.UNHELD_INTERPRETER, "pt");

        System.out.printf("offer to dial: %d ms as usual, %d ms while Twilio held another request's dial %d ms%n",
                usual.toMillis(), withOneHeld.toMillis(), HELD_MS);
        assertThat(withOneHeld.minus(usual)).isLessThan(NOT_LATER_THAN);
        ApiLogEntry heldDial = await().atMost(Duration.ofSeconds(15)).until(
                () -> dialTo(Phones.SLOW_TWILIO_INTERPRETER), d -> d != null);
        assertThat(dialTo(Phones.UNHELD_INTERPRETER).at()).isBefore(heldDial.at().plusMillis(HELD_MS));
    }

    /** From the offer's publication to its Calls.create reaching Twilio. */
    private Duration offerAndTimeTheDial(String interpreterPhone, String language) {
        Instant offered = Instant.now();
        player().roster(offer(language + "-" + UUID.randomUUID(), interpreterPhone, language));
        ApiLogEntry dial = await().atMost(Duration.ofSeconds(60)).until(() -> dialTo(interpreterPhone),
                d -> d != null);
        return Duration.between(offered, dial.at());
    }

    /** The first Calls.create the simulator received for that number, once it was answered (logged at its start). */
    private ApiLogEntry dialTo(String number) {
        List<ApiLogEntry> log = sim.apiLog();
        return log.stream().filter(e -> e.method().equals("POST") && e.path().endsWith("/Calls.json")
                        && List.of(number).equals(e.params().get("To")))
                .findFirst().orElse(null);
    }

    private static OfferMade offer(String requestId, String interpreterPhone, String language) {
        return new OfferMade(UUID.randomUUID(), Instant.now(), ROSTER, requestId, "offer-" + UUID.randomUUID(),
                "int-" + interpreterPhone.substring(8), "Ana Rodriguez", interpreterPhone, language,
                "Pittsburgh Police", Priority.EMERGENCY, null, Channel.VOICE, null, null, "req-" + requestId,
                Instant.now().plusSeconds(60), 1);
    }
}

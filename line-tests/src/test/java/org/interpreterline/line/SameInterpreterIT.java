package org.interpreterline.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.interpreterline.events.Channel;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.events.roster.SameInterpreterOutcome;
import org.interpreterline.simulator.phones.Behaviour;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The same interpreter again: an officer asks for the interpreter from their last call, by voice (menu 9) or by text
 * ({@code AGAIN <reference>}, sent from the virtual phones page in a real browser). That interpreter is offered the
 * request first even when someone else comes first in the usual order; when they decline, the next interpreter is
 * offered it and the officer is told. Each scenario has its own language and phones.
 */
@ExtendWith(SharedLine.class)
class SameInterpreterIT {

    static final Duration PATIENCE = Duration.ofSeconds(40);
    /** Phones ring and prompts wait four times faster than real time. */
    static final double TIME_SCALE = 4;
    static final Path TARGET = Path.of("target").toAbsolutePath();

    static LineUnderTest line;

    @BeforeAll
    static void joinTheSharedLine(LineUnderTest shared) {
        line = shared;
    }

    @Test
    void anOfficerPressesNine_andIsBridgedWithTheInterpreterFromTheirLastCallAgain() {
        String officer = "+14125550301";
        String ana = "+14125550311";   // tier 1: first in the usual order
        String bea = "+14125550312";   // tier 2: took the officer's last call
        line.responder("Officer Vega", officer, "Pittsburgh Police");
        line.sim.configurePhone(ana, "Ana Ruiz", Behaviour.ANSWER, 200, "2", false);
        line.sim.configurePhone(bea, "Bea Soto", Behaviour.ANSWER, 200, "1", false);
        String anaId = line.availableInterpreter("Ana Ruiz", ana, List.of("es"), 1);
        String beaId = line.availableInterpreter("Bea Soto", bea, List.of("es"), 2);

        // the first call: Ana declines, Bea takes it
        String firstCall = line.sim.dial(officer);
        line.pressOnceAnswered(officer, "1");
        RequestOpened first = line.events.await(RequestOpened.class, e -> firstCall.equals(e.requesterCallSid()),
                PATIENCE);
        line.sim.awaitConference("req-" + first.requestId(), c -> c.phoneNumbers().containsAll(List.of(officer, bea)),
                PATIENCE);
        // only a request the interpreter was heard to join counts as connected: hang up once the line knows it
        line.awaitStatus(first.requestId(), "CONNECTED");
        line.sim.hangup(officer);
        line.awaitStatus(first.requestId(), "ENDED");

        // the follow-up: Ana would accept now, yet Bea is asked first
        line.sim.configurePhone(ana, "Ana Ruiz", Behaviour.ANSWER, 200, "1", false);
        String secondCall = line.sim.dial(officer);
        line.sim.awaitPhone(officer, p -> p.waitingForInput()
                && p.heardText("For the interpreter from your last call, press 9"), PATIENCE);
        line.sim.press(officer, "9");
        RequestOpened again = line.events.await(RequestOpened.class, e -> secondCall.equals(e.requesterCallSid()),
                PATIENCE);
        assertThat(again.preferredInterpreterId()).isEqualTo(beaId);
        assertThat(again.language()).isEqualTo("es");
        line.sim.awaitConference("req-" + again.requestId(),
                c -> c.phoneNumbers().containsAll(List.of(officer, bea)), PATIENCE);
        assertThat(line.sim.phone(officer).heardText("Calling your interpreter from last time first")).isTrue();

        assertThat(line.events.all(OfferMade.class, o -> o.requestId().equals(again.requestId())))
                .extracting(OfferMade::interpreterId).containsExactly(beaId).doesNotContain(anaId);
        SameInterpreterOutcome outcome = line.events.await(SameInterpreterOutcome.class,
                o -> o.requestId().equals(again.requestId()), PATIENCE);
        assertThat(outcome.outcome()).isEqualTo(SameInterpreterOutcome.Outcome.ACCEPTED);
        JsonNode record = line.awaitStatus(again.requestId(), "CONNECTED");
        assertThat(record.path("sameInterpreter").asString()).isEqualTo("ACCEPTED");
        assertThat(record.path("timeline").valueStream().map(s -> s.path("summary").asString()))
                .contains("the interpreter from last time, Bea Soto, accepted");
        line.sim.hangup(officer);
    }

    @Test
    void anOfficerTextsAgainFromThePhonesPage_theirInterpreterDeclines_andTheyAreToldAndBridgedWithAnother()
            throws Exception {
        String officer = "+14125550302";
        String juma = "+14125550321";  // tier 1: declines the first request, takes the second
        String neema = "+14125550322"; // tier 2: takes the first request, declines the follow-up
        line.responder("Officer Okafor", officer, "Pittsburgh Police");
        line.sim.configurePhone(officer, "Officer Okafor", Behaviour.ANSWER, 300, null, false);
        line.sim.configurePhone(juma, "Juma", Behaviour.ANSWER, 200, "2", false);
        line.sim.configurePhone(neema, "Neema", Behaviour.ANSWER, 200, "1", false);
        String jumaId = line.availableInterpreter("Juma", juma, List.of("sw"), 1);
        String neemaId = line.availableInterpreter("Neema", neema, List.of("sw"), 2);

        line.sim.sms(officer, "Swahili");
        RequestOpened first = line.events.await(RequestOpened.class,
                e -> officer.equals(e.requesterPhone()) && e.channel() == Channel.SMS, PATIENCE);
        line.sim.awaitConference("req-" + first.requestId(),
                c -> c.phoneNumbers().containsAll(List.of(officer, neema)), PATIENCE);
        line.awaitStatus(first.requestId(), "CONNECTED");
        line.sim.hangup(officer);
        line.awaitStatus(first.requestId(), "ENDED");

        line.sim.configurePhone(juma, "Juma", Behaviour.ANSWER, 200, "1", false);
        line.sim.configurePhone(neema, "Neema", Behaviour.ANSWER, 200, "2", false);
        try (PhonesPage page = PhonesPage.open(line.sim.baseUrl() + "/", TARGET.resolve("same-interpreter-browser"),
                PATIENCE)) {
            try {
                page.text(officer, "AGAIN " + first.reference());
                page.awaitInbox(officer, "asking your interpreter from request " + first.reference()
                        + " (Swahili) first");
                page.awaitInbox(officer, "your interpreter from last time is not available; we are finding another "
                        + "Swahili interpreter");
            } catch (RuntimeException | AssertionError e) {
                page.keepEvidence(TARGET.resolve("same-interpreter-failure"));
                throw e;
            }
        }
        RequestOpened again = line.events.await(RequestOpened.class, e -> officer.equals(e.requesterPhone())
                && !e.requestId().equals(first.requestId()), PATIENCE);
        assertThat(again.preferredInterpreterId()).isEqualTo(neemaId);
        line.sim.awaitConference("req-" + again.requestId(),
                c -> c.phoneNumbers().containsAll(List.of(officer, juma)), PATIENCE);

        assertThat(line.events.all(OfferMade.class, o -> o.requestId().equals(again.requestId())))
                .extracting(OfferMade::interpreterId).containsExactly(neemaId, jumaId);
        assertThat(line.events.await(SameInterpreterOutcome.class, o -> o.requestId().equals(again.requestId()),
                PATIENCE).outcome()).isEqualTo(SameInterpreterOutcome.Outcome.DECLINED);
        JsonNode record = line.awaitStatus(again.requestId(), "CONNECTED");
        assertThat(record.path("timeline").valueStream().map(s -> s.path("summary").asString()))
                .contains("the interpreter from last time, Neema, declined: offering it to anyone");
        line.sim.hangup(officer);
    }
}

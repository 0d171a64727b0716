package org.interpreterline.notification;

import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.PhoneNumber;
import com.twilio.type.Twiml;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.interpreterline.events.Channel;
import org.interpreterline.events.InterpreterStatus;
import org.interpreterline.events.notification.MessagePurpose;
import org.interpreterline.events.notification.MessageSent;
import org.interpreterline.events.notification.OfferAnswered;
import org.interpreterline.events.roster.InterpreterStatusChanged;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.events.roster.RequestAssigned;
import org.interpreterline.events.roster.RequestEscalated;
import org.interpreterline.events.roster.SameInterpreterOutcome;
import org.interpreterline.simulator.client.SimulatorClient;
import org.interpreterline.simulator.phones.Behaviour;
import org.interpreterline.simulator.phones.PhoneCallState;
import org.interpreterline.simulator.phones.PhoneSettings;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** Escalations, pauses and missed call-backs: nobody is left at a dead end. */
class StatusTextsTest extends LineIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final SimulatorClient sim = TwilioStandIn.client();

    @Test
    void aPausedInterpreterIsToldHowToComeBack() {
        player().roster(new InterpreterStatusChanged(UUID.randomUUID(), Instant.now(), ROSTER, "int-paused",
                Phones.PAUSED_INTERPRETER, InterpreterStatus.OFFERED, InterpreterStatus.PAUSED, "missed 3 offers"));

        sim.awaitPhone(Phones.PAUSED_INTERPRETER, p -> p.inboxBodies().stream().anyMatch(
                b -> b.contains("Text ON when you are ready")), WAIT);
        watch().await(MessageSent.class, e -> Phones.PAUSED_INTERPRETER.equals(e.to())
                && e.purpose() == MessagePurpose.PAUSED);
    }

    @Test
    void anOfficerIsTextedTheLanguageThePersonTappedOnTheirLanguageCard() {
        player().dispatch(new org.interpreterline.events.dispatch.LanguageCardChosen(UUID.randomUUID(), Instant.now(),
                ROSTER, Phones.CARD_OFFICER, "ti"));

        sim.awaitPhone(Phones.CARD_OFFICER, p -> p.inboxBodies().stream().anyMatch(
                b -> b.startsWith("Tigrinya: reply YES to get an interpreter.")), WAIT);
        watch().await(MessageSent.class, e -> Phones.CARD_OFFICER.equals(e.to())
                && e.purpose() == MessagePurpose.LANGUAGE_CARD);
    }

    @Test
    void anOfficerWhoseInterpreterFromLastTimeIsNotComingIsToldAnotherIsBeingFound() {
        String requestId = "again-" + UUID.randomUUID();
        player().dispatch(OfferCallsTest.opened(requestId, Channel.SMS, Phones.AGAIN_OFFICER, null));

        player().roster(new SameInterpreterOutcome(UUID.randomUUID(), Instant.now(), ROSTER, requestId, "int-ana",
                "Ana Rodriguez", "es", Channel.SMS, Phones.AGAIN_OFFICER, SameInterpreterOutcome.Outcome.DECLINED));

        sim.awaitPhone(Phones.AGAIN_OFFICER, p -> p.inboxBodies().contains("Request K7Q2: your interpreter from last "
                + "time is not available; we are finding another Spanish interpreter."), WAIT);
        watch().await(MessageSent.class, e -> Phones.AGAIN_OFFICER.equals(e.to())
                && e.purpose() == MessagePurpose.SAME_INTERPRETER);
    }

    @Test
    void anOfficerWhoseInterpreterFromLastTimeAcceptedIsToldItIsThem() {
        String requestId = "again-yes-" + UUID.randomUUID();
        sim.configurePhone(Phones.AGAIN_ACCEPTED_OFFICER, Behaviour.ANSWER);
        player().dispatch(OfferCallsTest.opened(requestId, Channel.SMS, Phones.AGAIN_ACCEPTED_OFFICER, null));

        player().roster(new SameInterpreterOutcome(UUID.randomUUID(), Instant.now(), ROSTER, requestId, "int-ana",
                "Ana Rodriguez", "es", Channel.SMS, Phones.AGAIN_ACCEPTED_OFFICER,
                SameInterpreterOutcome.Outcome.ACCEPTED));
        player().roster(new RequestAssigned(UUID.randomUUID(), Instant.now(), ROSTER, requestId, "off-" + requestId,
                "int-ana", "Ana Rodriguez", "es", Channel.SMS, Phones.AGAIN_ACCEPTED_OFFICER, "req-" + requestId));

        sim.awaitPhone(Phones.AGAIN_ACCEPTED_OFFICER, p -> p.inboxBodies().contains("Request K7Q2: Ana R., your "
                + "interpreter from last time, accepted. We are calling you now."), WAIT);
    }

    @Test
    void anEscalatedSmsRequestIsTextedTheFallbackNumber() {
        String requestId = "esc-sms-" + UUID.randomUUID();
        player().dispatch(OfferCallsTest.opened(requestId, Channel.SMS, Phones.ESCALATED_SMS_OFFICER, null));

        player().roster(new RequestEscalated(UUID.randomUUID(), Instant.now(), ROSTER, requestId, "es", Channel.SMS,
                RequestEscalated.Reason.WAITED_TOO_LONG, Phones.FALLBACK_PROVIDER, Phones.ESCALATED_SMS_OFFICER, null));

        sim.awaitPhone(Phones.ESCALATED_SMS_OFFICER, p -> p.inboxBodies().contains("Request K7Q2: no Spanish "
                + "interpreter is free. Call +1 800 555 0000 (our backup interpreter service) and give reference K7Q2."),
                WAIT);
    }

    /** The roster's event on roster.events read before dispatch's opening on dispatch.events: the text waits for it. */
    @Test
    void anEscalationReadBeforeTheOpeningIsStillTextedWithTheReference() {
        String requestId = "esc-first-" + UUID.randomUUID();

        player().roster(new RequestEscalated(UUID.randomUUID(), Instant.now(), ROSTER, requestId, "es", Channel.SMS,
                RequestEscalated.Reason.WAITED_TOO_LONG, Phones.FALLBACK_PROVIDER, Phones.LATE_OPENING_OFFICER, null));
        player().dispatch(OfferCallsTest.opened(requestId, Channel.SMS, Phones.LATE_OPENING_OFFICER, null));

        sim.awaitPhone(Phones.LATE_OPENING_OFFICER, p -> p.inboxBodies().contains("Request K7Q2: no Spanish "
                + "interpreter is free. Call +1 800 555 0000 (our backup interpreter service) and give reference K7Q2."),
                WAIT);
        assertThat(sim.phone(Phones.LATE_OPENING_OFFICER).inboxBodies()).hasSize(1);
    }

    @Test
    void anEscalatedVoiceRequestIsTransferredToTheFallbackProvider() {
        String requestId = "esc-voice-" + UUID.randomUUID();
        sim.configurePhone(Phones.ESCALATED_VOICE_OFFICER, Behaviour.ANSWER);
        sim.configurePhone(Phones.FALLBACK_PROVIDER, Behaviour.ANSWER);
        String hold = "<Response><Dial><Conference startConferenceOnEnter=\"false\">req-" + requestId
                + "</Conference></Dial></Response>";
        String officerCall = Call.creator(new PhoneNumber(Phones.ESCALATED_VOICE_OFFICER), new PhoneNumber(LINE_NUMBER),
                new Twiml(hold)).create(TwilioStandIn.sdk()).getSid();
        sim.awaitPhone(Phones.ESCALATED_VOICE_OFFICER, p -> p.callState() == PhoneCallState.ON_HOLD, WAIT);

        player().roster(new RequestEscalated(UUID.randomUUID(), Instant.now(), ROSTER, requestId, "so", Channel.VOICE,
                RequestEscalated.Reason.NO_INTERPRETER_FOR_LANGUAGE, Phones.FALLBACK_PROVIDER,
                Phones.ESCALATED_VOICE_OFFICER, officerCall));

        sim.awaitPhone(Phones.ESCALATED_VOICE_OFFICER,
                p -> p.heardText("Transferring you to our backup interpreter service."), WAIT);
        sim.awaitPhone(Phones.FALLBACK_PROVIDER, p -> p.callState() == PhoneCallState.IN_CALL, WAIT);
    }

    @Test
    void anOfficerWhoMissesTheCallBackIsTextedAndTheInterpreterReleased() {
        String requestId = "missed-" + UUID.randomUUID();
        sim.configurePhone(Phones.STRANDED_INTERPRETER, new PhoneSettings("Ana", Behaviour.ANSWER, 100, "1", false));
        sim.configurePhone(Phones.MISSING_OFFICER, Behaviour.NO_ANSWER);
        player().dispatch(OfferCallsTest.opened(requestId, Channel.SMS, Phones.MISSING_OFFICER, null));
        OfferMade offer = OfferCallsTest.offer(requestId, Phones.STRANDED_INTERPRETER, Channel.SMS,
                Phones.MISSING_OFFICER, null);
        player().roster(offer);
        watch().await(OfferAnswered.class, e -> e.offerId().equals(offer.offerId()));
        player().roster(OfferCallsTest.assigned(offer));

        sim.awaitPhone(Phones.MISSING_OFFICER, p -> p.inboxBodies().stream().anyMatch(
                b -> b.startsWith("Request K7Q2: we called you but got no answer; text Spanish again")), WAIT);
        sim.awaitPhone(Phones.STRANDED_INTERPRETER, p -> p.heardText("The officer did not answer our call")
                && p.callState() == PhoneCallState.IDLE, WAIT);
    }
}

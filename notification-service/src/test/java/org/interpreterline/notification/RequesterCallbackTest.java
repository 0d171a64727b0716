package org.interpreterline.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.interpreterline.events.Channel;
import org.interpreterline.events.notification.MessagePurpose;
import org.interpreterline.events.notification.MessageSent;
import org.interpreterline.events.notification.OfferAnswered;
import org.interpreterline.events.notification.ParticipantJoined;
import org.interpreterline.events.notification.Party;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.events.roster.RequestQueued;
import org.interpreterline.simulator.client.SimulatorClient;
import org.interpreterline.simulator.phones.Behaviour;
import org.interpreterline.simulator.phones.PhoneSettings;
import org.junit.jupiter.api.Test;

/** SMS requests: the officer is texted where the request stands and called back into the conference. */
class RequesterCallbackTest extends LineIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final SimulatorClient sim = TwilioStandIn.client();

    @Test
    void onceAnInterpreterIsAssignedTheOfficerIsTextedAndCalledIntoTheSameConference() {
        String requestId = "sms-" + UUID.randomUUID();
        String conference = "req-" + requestId;
        sim.configurePhone(Phones.SMS_INTERPRETER, new PhoneSettings("Ana", Behaviour.ANSWER, 100, "1", false));
        sim.configurePhone(Phones.SMS_OFFICER, Behaviour.ANSWER);
        player().dispatch(OfferCallsTest.opened(requestId, Channel.SMS, Phones.SMS_OFFICER, null));
        OfferMade offer = OfferCallsTest.offer(requestId, Phones.SMS_INTERPRETER, Channel.SMS, Phones.SMS_OFFICER,
                null);

        player().roster(offer);
        watch().await(OfferAnswered.class, e -> e.offerId().equals(offer.offerId())
                && e.answer() == OfferAnswered.Answer.ACCEPTED);
        player().roster(OfferCallsTest.assigned(offer));

        sim.awaitConference(conference, c -> c.phoneNumbers().contains(Phones.SMS_INTERPRETER)
                && c.phoneNumbers().contains(Phones.SMS_OFFICER), WAIT);
        assertThat(sim.phone(Phones.SMS_OFFICER).heardText(
                "Interpreter Line. Your Spanish interpreter is on the line. Connecting you now.")).isTrue();
        assertThat(sim.phone(Phones.SMS_OFFICER).inboxBodies())
                .contains("Request K7Q2: Ana R. accepted. We are calling you now.");
        watch().await(ParticipantJoined.class, e -> e.requestId().equals(requestId) && e.party() == Party.REQUESTER);
        watch().await(MessageSent.class, e -> requestId.equals(e.requestId())
                && e.purpose() == MessagePurpose.INTERPRETER_FOUND);
    }

    @Test
    void aQueuedRequestIsTextedItsPlaceInLine() {
        String requestId = "queued-" + UUID.randomUUID();
        sim.configurePhone(Phones.QUEUED_OFFICER, Behaviour.ANSWER);
        player().dispatch(OfferCallsTest.opened(requestId, Channel.SMS, Phones.QUEUED_OFFICER, null));

        player().roster(new RequestQueued(UUID.randomUUID(), Instant.now(), ROSTER, requestId, "es", 2));

        sim.awaitPhone(Phones.QUEUED_OFFICER, p -> p.inboxBodies().contains("Request K7Q2: all Spanish interpreters "
                + "are busy; you are number 2 in line. We will call you as soon as one is free."), WAIT);
        MessageSent sent = watch().await(MessageSent.class, e -> requestId.equals(e.requestId()));
        assertThat(sent.purpose()).isEqualTo(MessagePurpose.QUEUED);
        assertThat(sent.to()).isEqualTo(Phones.QUEUED_OFFICER);
    }
}

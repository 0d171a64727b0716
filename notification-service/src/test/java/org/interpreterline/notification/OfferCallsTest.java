package org.interpreterline.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.PhoneNumber;
import com.twilio.type.Twiml;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.interpreterline.events.Channel;
import org.interpreterline.events.Priority;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.notification.OfferAnswered;
import org.interpreterline.events.notification.OfferNotAnswered;
import org.interpreterline.events.notification.ParticipantJoined;
import org.interpreterline.events.notification.Party;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.events.roster.OfferWithdrawn;
import org.interpreterline.events.roster.RequestAssigned;
import org.interpreterline.simulator.client.SimulatorClient;
import org.interpreterline.simulator.phones.Behaviour;
import org.interpreterline.simulator.phones.PhoneCallState;
import org.interpreterline.simulator.phones.PhoneSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Offer calls end to end: this service on the real broker, the Twilio SDK over HTTP to the simulator, virtual
 * phones answering and pressing keys; the test plays the roster and dispatch-service.
 */
class OfferCallsTest extends LineIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final SimulatorClient sim = TwilioStandIn.client();

    @Autowired
    MeterRegistry registry;

    @Test
    void anAcceptingInterpreterIsBridgedIntoTheOfficersConferenceOnceTheRosterConfirms() {
        String requestId = "voice-" + UUID.randomUUID();
        String conference = "req-" + requestId;
        sim.configurePhone(Phones.ACCEPTING_INTERPRETER, new PhoneSettings("Ana", Behaviour.ANSWER, 100, "1", false));
        sim.configurePhone(Phones.VOICE_OFFICER, Behaviour.ANSWER);
        String officerCall = officerHoldsIn(conference, requestId);
        player().dispatch(opened(requestId, Channel.VOICE, Phones.VOICE_OFFICER, officerCall));
        OfferMade offer = offer(requestId, Phones.ACCEPTING_INTERPRETER, Channel.VOICE, Phones.VOICE_OFFICER,
                officerCall);

        player().roster(offer);
        OfferAnswered accepted = watch().await(OfferAnswered.class, e -> e.offerId().equals(offer.offerId()));
        assertThat(accepted.answer()).isEqualTo(OfferAnswered.Answer.ACCEPTED);
        player().roster(assigned(offer));

        sim.awaitConference(conference, c -> c.phoneNumbers().contains(Phones.ACCEPTING_INTERPRETER)
                && c.phoneNumbers().contains(Phones.VOICE_OFFICER), WAIT);
        assertThat(sim.phone(Phones.ACCEPTING_INTERPRETER).conference()).isEqualTo(conference);
        assertThat(sim.phone(Phones.ACCEPTING_INTERPRETER).heardText(
                "Spanish interpreter needed for Pittsburgh Police, emergency. Press 1 to accept, 2 to decline, 3 if you know this person or cannot take this call, 4 to hear this again."))
                .isTrue();
        ParticipantJoined joined = watch().await(ParticipantJoined.class,
                e -> e.requestId().equals(requestId) && e.party() == Party.INTERPRETER);
        assertThat(joined.conferenceName()).isEqualTo(conference);
        assertThat(registry.find("notification_twilio_requests").tag("operation", "create_call")
                .tag("outcome", "ok").timer().count()).isPositive();
    }

    @Test
    void twoDeclines() {
        sim.configurePhone(Phones.DECLINING_INTERPRETER, new PhoneSettings("Bo", Behaviour.ANSWER, 100, "2", false));
        OfferMade offer = offer("decline-" + UUID.randomUUID(), Phones.DECLINING_INTERPRETER, Channel.VOICE, null,
                null);

        player().roster(offer);

        assertThat(watch().await(OfferAnswered.class, e -> e.offerId().equals(offer.offerId())).answer())
                .isEqualTo(OfferAnswered.Answer.DECLINED);
        sim.awaitPhone(Phones.DECLINING_INTERPRETER, p -> p.heardText("Thank you. Goodbye."), WAIT);
    }

    @Test
    void threeSaysTheyKnowThePerson() {
        sim.configurePhone(Phones.DECLINING_INTERPRETER, new PhoneSettings("Bo", Behaviour.ANSWER, 100, "3", false));
        OfferMade offer = offer("conflict-" + UUID.randomUUID(), Phones.DECLINING_INTERPRETER, Channel.VOICE, null,
                null);

        player().roster(offer);

        assertThat(watch().await(OfferAnswered.class, e -> e.offerId().equals(offer.offerId())).answer())
                .isEqualTo(OfferAnswered.Answer.CONFLICT);
        sim.awaitPhone(Phones.DECLINING_INTERPRETER,
                p -> p.heardText("Thank you for saying so. Another interpreter will take it. Goodbye."), WAIT);
    }

    @Test
    void busyNoAnswerAndVoicemailAreNotAnswered() {
        sim.configurePhone(Phones.BUSY_INTERPRETER, Behaviour.BUSY);
        sim.configurePhone(Phones.UNREACHABLE_INTERPRETER, Behaviour.NO_ANSWER);
        sim.configurePhone(Phones.VOICEMAIL_INTERPRETER, Behaviour.VOICEMAIL);
        OfferMade busy = offer("busy-" + UUID.randomUUID(), Phones.BUSY_INTERPRETER, Channel.VOICE, null, null);
        OfferMade away = offer("away-" + UUID.randomUUID(), Phones.UNREACHABLE_INTERPRETER, Channel.VOICE, null, null);
        OfferMade machine = offer("vm-" + UUID.randomUUID(), Phones.VOICEMAIL_INTERPRETER, Channel.VOICE, null, null);

        player().roster(busy);
        player().roster(away);
        player().roster(machine);

        assertThat(watch().await(OfferNotAnswered.class, e -> e.offerId().equals(busy.offerId())).outcome())
                .isEqualTo(OfferNotAnswered.Outcome.BUSY);
        assertThat(watch().await(OfferNotAnswered.class, e -> e.offerId().equals(away.offerId())).outcome())
                .isEqualTo(OfferNotAnswered.Outcome.NO_ANSWER);
        assertThat(watch().await(OfferNotAnswered.class, e -> e.offerId().equals(machine.offerId())).outcome())
                .isEqualTo(OfferNotAnswered.Outcome.VOICEMAIL);
    }

    @Test
    void anOfferWithdrawnWhileRingingIsCancelledAndNotReported() throws Exception {
        sim.configurePhone(Phones.RINGING_INTERPRETER, Behaviour.MANUAL);
        OfferMade offer = offer("withdrawn-" + UUID.randomUUID(), Phones.RINGING_INTERPRETER, Channel.VOICE, null,
                null);
        player().roster(offer);
        String callSid = sim.awaitPhone(Phones.RINGING_INTERPRETER,
                p -> p.callState() == PhoneCallState.RINGING, WAIT).callSid();

        player().roster(new OfferWithdrawn(UUID.randomUUID(), Instant.now(), ROSTER, offer.requestId(),
                offer.offerId(), offer.interpreterId(), OfferWithdrawn.Reason.REQUEST_CANCELLED));

        sim.awaitCall(callSid, c -> "canceled".equals(c.status().value()), WAIT);
        Thread.sleep(500);
        assertThat(watch().all(OfferNotAnswered.class, e -> e.offerId().equals(offer.offerId()))).isEmpty();
        assertThat(watch().all(OfferAnswered.class, e -> e.offerId().equals(offer.offerId()))).isEmpty();
    }

    @Test
    void aDuplicatedOfferRingsOnce() throws Exception {
        sim.configurePhone(Phones.DUPLICATE_INTERPRETER, Behaviour.BUSY);
        OfferMade offer = offer("dup-" + UUID.randomUUID(), Phones.DUPLICATE_INTERPRETER, Channel.VOICE, null, null);

        player().roster(offer);
        player().roster(offer); // redelivered as it was
        player().roster(new OfferMade(UUID.randomUUID(), offer.occurredAt(), offer.rosterId(), offer.requestId(),
                offer.offerId(), offer.interpreterId(), offer.interpreterName(), offer.interpreterPhone(),
                offer.language(), offer.agency(), offer.priority(), offer.note(), offer.channel(),
                offer.requesterPhone(), offer.requesterCallSid(), offer.conferenceName(), offer.deadline(),
                offer.attempt())); // published again under a new event id

        watch().await(OfferNotAnswered.class, e -> e.offerId().equals(offer.offerId()));
        Thread.sleep(1000);
        assertThat(sim.phone(Phones.DUPLICATE_INTERPRETER).calls()).hasSize(1);
        assertThat(watch().all(OfferNotAnswered.class, e -> e.offerId().equals(offer.offerId()))).hasSize(1);
    }

    /** What dispatch-service does for a voice request: the officer holds in the request's conference. */
    private String officerHoldsIn(String conference, String requestId) {
        String xml = "<Response><Dial><Conference startConferenceOnEnter=\"false\" endConferenceOnExit=\"true\""
                + " statusCallback=\"" + PUBLIC_URL + "/twilio/conference?requestId=" + requestId + "\""
                + " statusCallbackEvent=\"start end join leave\" participantLabel=\"requester\">" + conference
                + "</Conference></Dial></Response>";
        Call call = Call.creator(new PhoneNumber(Phones.VOICE_OFFICER), new PhoneNumber(LINE_NUMBER), new Twiml(xml))
                .create(TwilioStandIn.sdk());
        sim.awaitPhone(Phones.VOICE_OFFICER, p -> conference.equals(p.conference()), WAIT);
        return call.getSid();
    }

    static RequestOpened opened(String requestId, Channel channel, String requesterPhone, String callSid) {
        return new RequestOpened(UUID.randomUUID(), Instant.now(), ROSTER, requestId, "K7Q2", "es", channel,
                Priority.EMERGENCY, "Pittsburgh Police", "Officer Lee", requesterPhone, callSid, null,
                "req-" + requestId);
    }

    static OfferMade offer(String requestId, String interpreterPhone, Channel channel, String requesterPhone,
            String requesterCallSid) {
        return new OfferMade(UUID.randomUUID(), Instant.now(), ROSTER, requestId, "offer-" + UUID.randomUUID(),
                "int-" + interpreterPhone.substring(8), "Ana Rodriguez", interpreterPhone, "es", "Pittsburgh Police",
                Priority.EMERGENCY, null, channel, requesterPhone, requesterCallSid, "req-" + requestId,
                Instant.now().plusSeconds(60), 1);
    }

    static RequestAssigned assigned(OfferMade offer) {
        return new RequestAssigned(UUID.randomUUID(), Instant.now(), ROSTER, offer.requestId(), offer.offerId(),
                offer.interpreterId(), offer.interpreterName(), offer.language(), offer.channel(),
                offer.requesterPhone(), offer.conferenceName());
    }
}

package org.interpreterline.simulator;

import java.net.URI;
import java.util.List;
import com.twilio.base.ResourceSet;
import com.twilio.rest.api.v2010.account.Conference;
import com.twilio.rest.api.v2010.account.conference.Participant;
import com.twilio.type.PhoneNumber;
import org.interpreterline.simulator.calls.CallStatus;
import org.interpreterline.simulator.conferences.ConferenceStatus;
import org.interpreterline.simulator.phones.Behaviour;
import org.interpreterline.simulator.phones.PhoneCallState;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Conferences and participants through the real SDK. */
class ConferenceApiTest extends SimulatorTest {

    private static final String OFFICER = "+14125550122";
    private static final String INTERPRETER = "+14125550111";

    @Test
    void aParticipantDialledThroughTheApiJoinsTheOfficerAndTheApiEndsTheConference() {
        line.respond("/twilio/voice", """
                <Response><Dial><Conference startConferenceOnEnter="false" participantLabel="officer">req-9</Conference></Dial>
                <Say>The conference is over.</Say></Response>""");
        String officerCall = sim.dial(OFFICER);
        sim.awaitPhone(OFFICER, p -> p.callState() == PhoneCallState.ON_HOLD, WAIT);
        sim.configurePhone(INTERPRETER, Behaviour.ANSWER);

        Participant participant = Participant.creator("req-9", new PhoneNumber(LINE), new PhoneNumber(INTERPRETER))
                .setLabel("interpreter")
                .setStatusCallback(URI.create(url("/participant-call")))
                .setStatusCallbackEvent(List.of("answered", "completed"))
                .setConferenceStatusCallback(URI.create(url("/conference-events")))
                .setConferenceStatusCallbackEvent(List.of("start", "end", "join", "leave"))
                .create(twilio);

        assertThat(participant.getCallSid()).matches("CA[0-9a-f]{32}");
        assertThat(participant.getConferenceSid()).matches("CF[0-9a-f]{32}");
        assertThat(participant.getLabel()).isEqualTo("interpreter");
        assertThat(participant.getDateCreated()).isNotNull();
        sim.awaitPhone(INTERPRETER, p -> p.callState() == PhoneCallState.IN_CONFERENCE, WAIT);
        sim.awaitPhone(OFFICER, p -> p.callState() == PhoneCallState.IN_CONFERENCE, WAIT);
        line.awaitHook("/conference-events", h -> "conference-start".equals(h.param("StatusCallbackEvent")));

        ResourceSet<Conference> live = Conference.reader().setFriendlyName("req-9").setStatus(Conference.Status.IN_PROGRESS).read(twilio);
        List<Conference> found = listOf(live);
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.getSid()).isEqualTo(participant.getConferenceSid());
            assertThat(c.getDateCreated()).isNotNull();
        });
        List<Participant> inRoom = listOf(Participant.reader(participant.getConferenceSid()).read(twilio));
        assertThat(inRoom).extracting(Participant::getLabel).containsExactlyInAnyOrder("officer", "interpreter");
        assertThat(inRoom).extracting(Participant::getStatus).containsOnly(Participant.Status.CONNECTED);

        Conference ended = Conference.updater(participant.getConferenceSid()).setStatus(Conference.UpdateStatus.COMPLETED).update(twilio);

        assertThat(ended.getStatus()).isEqualTo(Conference.Status.COMPLETED);
        assertThat(ended.getReasonConferenceEnded()).isEqualTo(Conference.ReasonConferenceEnded.CONFERENCE_ENDED_VIA_API);
        sim.awaitCall(officerCall, c -> c.status() == CallStatus.COMPLETED, WAIT);
        assertThat(sim.phone(OFFICER).heard()).containsExactly("The conference is over.");
        assertThat(line.awaitHook("/participant-call", h -> "completed".equals(h.param("CallStatus"))).param("CallSid"))
                .isEqualTo(participant.getCallSid());
        await().atMost(WAIT).until(() -> line.received("/conference-events").stream()
                .anyMatch(h -> "conference-end".equals(h.param("StatusCallbackEvent"))));
        assertThat(line.received("/conference-events")).filteredOn(h -> "participant-join".equals(h.param("StatusCallbackEvent")))
                .singleElement().satisfies(h -> assertThat(h.param("ParticipantLabel")).isEqualTo("interpreter"));
        assertThat(sim.conference("req-9").orElseThrow().status()).isEqualTo(ConferenceStatus.COMPLETED);
    }

    @Test
    void aConferenceStaysOnHoldUntilAModeratorJoinsAndEndsWithTheLastParticipant() {
        line.respond("/twilio/voice", hook -> """
                <Response><Dial><Conference startConferenceOnEnter="%s" statusCallback="/conference-events"
                  statusCallbackEvent="start end join leave">hold-room</Conference></Dial></Response>"""
                .formatted(OFFICER.equals(hook.param("From")) ? "false" : "true"));
        sim.dial(OFFICER);
        sim.awaitPhone(OFFICER, p -> p.callState() == PhoneCallState.ON_HOLD, WAIT);
        assertThat(sim.phone(OFFICER).transcript()).anySatisfy(t -> assertThat(t.text()).contains("hold music"));

        sim.dial(INTERPRETER);
        sim.awaitPhone(OFFICER, p -> p.callState() == PhoneCallState.IN_CONFERENCE, WAIT);
        sim.hangup(OFFICER);
        sim.awaitConference("hold-room", c -> c.phoneNumbers().equals(List.of(INTERPRETER)), WAIT);
        sim.hangup(INTERPRETER);

        await().atMost(WAIT).until(() -> line.received("/conference-events").stream()
                .anyMatch(h -> "conference-end".equals(h.param("StatusCallbackEvent"))));
        assertThat(line.received("/conference-events")).extracting(h -> h.param("StatusCallbackEvent")).containsExactly(
                "participant-join", "participant-join", "conference-start", "participant-leave", "participant-leave", "conference-end");
        assertThat(line.received("/conference-events").getLast().param("ReasonConferenceEnded")).isEqualTo("last-participant-left");
    }

    @Test
    void participantsCanBeHeldAndRemovedThroughTheApi() {
        line.respond("/twilio/voice", """
                <Response><Dial><Conference>kick-room</Conference></Dial><Say>You left the conference.</Say></Response>""");
        String officerCall = sim.dial(OFFICER);
        String conferenceSid = sim.awaitConference("kick-room", c -> c.phoneNumbers().contains(OFFICER), WAIT).sid();

        Participant held = Participant.updater(conferenceSid, officerCall).setHold(true).update(twilio);
        assertThat(held.getHold()).isTrue();
        sim.awaitPhone(OFFICER, p -> p.callState() == PhoneCallState.ON_HOLD, WAIT);

        Participant.deleter(conferenceSid, officerCall).delete(twilio);

        sim.awaitCall(officerCall, c -> c.status() == CallStatus.COMPLETED, WAIT);
        assertThat(sim.phone(OFFICER).heard()).containsExactly("You left the conference.");
    }

    private static <T> List<T> listOf(Iterable<T> records) {
        return java.util.stream.StreamSupport.stream(records.spliterator(), false).toList();
    }
}

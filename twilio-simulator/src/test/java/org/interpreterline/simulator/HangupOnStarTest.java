package org.interpreterline.simulator;

import java.util.List;
import com.twilio.rest.api.v2010.account.conference.Participant;
import org.interpreterline.simulator.calls.CallStatus;
import org.interpreterline.simulator.conferences.ConferenceStatus;
import org.interpreterline.simulator.phones.PhoneCallState;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code <Dial hangupOnStar="true"><Conference>}: the caller presses * to leave the conference, and the call goes on. */
class HangupOnStarTest extends SimulatorTest {

    private static final String OFFICER = "+14125550122";
    private static final String INTERPRETER = "+14125550111";

    /** The officer's Dial (with hangupOnStar) and the interpreter's (without) meet in one conference. */
    private static void officerAndInterpreter(String officerTwiml, String interpreterTwiml) {
        line.respond("/twilio/voice", hook -> OFFICER.equals(hook.param("From")) ? officerTwiml : interpreterTwiml);
    }

    @Test
    void starLeavesTheConferenceAndTheKeysAfterItGoToTheNextGather() {
        officerAndInterpreter("""
                <Response><Dial hangupOnStar="true" action="/after-star"><Conference statusCallback="/conference-events"
                    statusCallbackEvent="start end join leave">star-room</Conference></Dial></Response>""",
                "<Response><Dial><Conference>star-room</Conference></Dial></Response>");
        line.respond("/after-star", """
                <Response><Gather finishOnKey="#" timeout="60" action="/transfer">
                  <Say>Enter the number to transfer to, then press pound.</Say></Gather></Response>""");
        line.respond("/transfer", "<Response><Say>Transferring.</Say><Pause length=\"600\"/></Response>");
        String officerCall = sim.dial(OFFICER);
        sim.dial(INTERPRETER);
        sim.awaitConference("star-room", c -> c.phoneNumbers().containsAll(List.of(OFFICER, INTERPRETER)), WAIT);

        sim.press(OFFICER, "*");
        sim.press(OFFICER, "4125550199#"); // quickly: maybe before the call is out of the conference

        FakeLine.Hook afterStar = line.awaitHook("/after-star");
        assertThat(afterStar.params()).containsEntry("CallSid", officerCall).containsEntry("DialCallStatus", "completed")
                .containsEntry("CallStatus", "in-progress");
        assertThat(line.awaitHook("/transfer").param("Digits")).isEqualTo("4125550199");
        sim.awaitPhone(OFFICER, p -> p.heardText("Transferring.") && p.callState() == PhoneCallState.IN_CALL, WAIT);
        assertThat(sim.phone(OFFICER).transcript()).anySatisfy(t -> assertThat(t.text()).isEqualTo("left conference star-room"));
        assertThat(sim.call(officerCall).status()).isEqualTo(CallStatus.IN_PROGRESS);

        FakeLine.Hook leave = line.awaitHook("/conference-events", h -> "participant-leave".equals(h.param("StatusCallbackEvent")));
        assertThat(leave.params()).containsEntry("CallSid", officerCall)
                .containsEntry("ReasonParticipantLeft", "participant_hung_up")
                .containsEntry("ParticipantCallStatus", "in-progress");
        // the interpreter stays: the officer did not have endConferenceOnExit
        assertThat(sim.conference("star-room").orElseThrow()).satisfies(c -> {
            assertThat(c.status()).isEqualTo(ConferenceStatus.IN_PROGRESS);
            assertThat(c.phoneNumbers()).containsExactly(INTERPRETER);
        });
    }

    @Test
    void starFromAParticipantWithEndConferenceOnExitEndsTheConferenceAndTheDocumentGoesOn() {
        officerAndInterpreter("""
                <Response><Dial hangupOnStar="true"><Conference endConferenceOnExit="true" statusCallback="/conference-events"
                    statusCallbackEvent="start end join leave">star-end</Conference></Dial>
                <Say>You left the conference.</Say></Response>""",
                "<Response><Dial><Conference>star-end</Conference></Dial><Say>The officer left.</Say></Response>");
        String officerCall = sim.dial(OFFICER);
        sim.awaitPhone(OFFICER, p -> p.callState() == PhoneCallState.IN_CONFERENCE, WAIT); // the events' order below
        String interpreterCall = sim.dial(INTERPRETER);
        sim.awaitConference("star-end", c -> c.phoneNumbers().containsAll(List.of(OFFICER, INTERPRETER)), WAIT);

        sim.press(OFFICER, "*");

        sim.awaitPhone(OFFICER, p -> p.heardText("You left the conference."), WAIT);
        sim.awaitPhone(INTERPRETER, p -> p.heardText("The officer left."), WAIT);
        await().atMost(WAIT).until(() -> events().contains("conference-end"));
        assertThat(events()).containsExactly("participant-join", "conference-start", "participant-join",
                "participant-leave", "participant-leave", "conference-end");
        List<FakeLine.Hook> hooks = line.received("/conference-events");
        assertThat(hooks.get(3).params()).containsEntry("CallSid", officerCall)
                .containsEntry("ReasonParticipantLeft", "participant_hung_up").containsEntry("ParticipantCallStatus", "in-progress");
        assertThat(hooks.get(4).params()).containsEntry("CallSid", interpreterCall)
                .containsEntry("ReasonParticipantLeft", "participant_removed_conference_ended");
        assertThat(hooks.get(5).params()).containsEntry("ReasonConferenceEnded", "participant-with-end-conference-on-exit-left")
                .containsEntry("CallSidEndingConference", officerCall);
    }

    @Test
    void hangingUpInAConferenceWithHangupOnStarIsStillAHangUp() {
        line.respond("/twilio/voice", """
                <Response><Dial hangupOnStar="true" action="/after-star"><Conference statusCallback="/conference-events"
                    statusCallbackEvent="leave">star-hang-up</Conference></Dial></Response>""");
        String officerCall = sim.dial(OFFICER);
        sim.awaitPhone(OFFICER, p -> p.callState() == PhoneCallState.IN_CONFERENCE, WAIT);

        sim.hangup(OFFICER);

        line.awaitHook("/twilio/voice/status", h -> "completed".equals(h.param("CallStatus")));
        assertThat(line.awaitHook("/conference-events").params()).containsEntry("CallSid", officerCall)
                .containsEntry("ReasonParticipantLeft", "participant_hung_up").containsEntry("ParticipantCallStatus", "completed");
        assertThat(line.received("/after-star")).isEmpty();
    }

    @Test
    void withoutHangupOnStarAStarInTheConferenceIsTypedAheadLikeAnyKey() {
        line.respond("/twilio/voice", """
                <Response><Dial><Conference statusCallback="/conference-events" statusCallbackEvent="leave">no-star</Conference></Dial>
                <Gather finishOnKey="#" timeout="60" action="/typed"/></Response>""");
        String officerCall = sim.dial(OFFICER);
        String conferenceSid = sim.awaitConference("no-star", c -> c.phoneNumbers().contains(OFFICER), WAIT).sid();

        sim.press(OFFICER, "*1#");
        Participant.deleter(conferenceSid, officerCall).delete(twilio); // only this takes the officer out

        assertThat(line.awaitHook("/typed").param("Digits")).isEqualTo("*1");
        assertThat(line.received("/conference-events")).singleElement()
                .satisfies(h -> assertThat(h.param("ReasonParticipantLeft")).isEqualTo("participant_was_kicked"));
    }

    private static List<String> events() {
        return line.received("/conference-events").stream().map(h -> h.param("StatusCallbackEvent")).toList();
    }
}

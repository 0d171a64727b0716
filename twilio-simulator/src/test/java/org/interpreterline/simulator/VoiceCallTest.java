package org.interpreterline.simulator;

import java.net.URI;
import java.util.List;
import com.twilio.exception.ApiException;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.PhoneNumber;
import com.twilio.type.Twiml;
import org.interpreterline.simulator.calls.CallStatus;
import org.interpreterline.simulator.calls.CallView;
import org.interpreterline.simulator.conferences.ConferenceStatus;
import org.interpreterline.simulator.phones.Behaviour;
import org.interpreterline.simulator.phones.PhoneCallState;
import org.interpreterline.simulator.phones.PhoneSettings;
import org.interpreterline.simulator.phones.PhoneView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Calls placed through the real Twilio SDK, and calls from virtual phones to the line. */
class VoiceCallTest extends SimulatorTest {

    private static final String INTERPRETER = "+14125550111";
    private static final String OFFICER = "+14125550122";
    private static final String FALLBACK = "+18005550199";

    private static final String OFFER = """
            <Response>
              <Gather numDigits="1" timeout="60" action="/offer/answer">
                <Say>Spanish, Pittsburgh Police, emergency. Press 1 to accept, 2 to decline.</Say>
              </Gather>
              <Say>We did not get an answer. Goodbye.</Say>
            </Response>""";

    private static String conference(String name, boolean start, boolean end) {
        return """
                <Response><Dial><Conference startConferenceOnEnter="%s" endConferenceOnExit="%s"
                   statusCallback="/conference-events" statusCallbackEvent="start end join leave">%s</Conference></Dial></Response>"""
                .formatted(start, end, name);
    }

    @Test
    void anOfferIsAcceptedWithAKeyAndBothSidesMeetInTheConference() {
        sim.configurePhone(INTERPRETER, new PhoneSettings("Ana", Behaviour.ANSWER, 100, null, false));
        line.respond("/offer", OFFER);
        line.respond("/offer/answer", hook -> "1".equals(hook.param("Digits")) ? conference("room", true, true) : "<Response><Hangup/></Response>");
        line.respond("/twilio/voice", "<Response><Say>Please hold.</Say>" + conference("room", false, false).replace("<Response>", ""));

        Call call = Call.creator(new PhoneNumber(INTERPRETER), new PhoneNumber(LINE), URI.create(url("/offer")))
                .setStatusCallback(URI.create(url("/call-status")))
                .setStatusCallbackEvent(List.of("initiated", "ringing", "answered", "completed"))
                .setTimeout(20)
                .create(twilio);

        assertThat(call.getSid()).matches("CA[0-9a-f]{32}");
        assertThat(call.getStatus()).isEqualTo(Call.Status.QUEUED);
        assertThat(call.getDateCreated()).isNotNull();
        assertThat(call.getDirection()).isEqualTo("outbound-api");
        assertThat(call.getAccountSid()).isEqualTo(ACCOUNT_SID);

        PhoneView ringing = sim.awaitPhone(INTERPRETER, p -> p.waitingForInput() && p.heardText("Press 1 to accept"), WAIT);
        assertThat(ringing.callSid()).isEqualTo(call.getSid());
        assertThat(ringing.callState()).isEqualTo(PhoneCallState.IN_CALL);
        assertThat(ringing.listening()).as("a keys-only Gather does not listen for speech").isFalse();
        FakeLine.Hook offer = line.awaitHook("/offer");
        assertThat(offer.param("CallStatus")).isEqualTo("in-progress");
        assertThat(offer.param("Direction")).isEqualTo("outbound-api");
        assertThat(offer.param("To")).isEqualTo(INTERPRETER);

        sim.press(INTERPRETER, "1");
        assertThat(line.awaitHook("/offer/answer").param("Digits")).isEqualTo("1");
        sim.awaitPhone(INTERPRETER, p -> p.callState() == PhoneCallState.IN_CONFERENCE && "room".equals(p.conference()), WAIT);

        String officerCall = sim.dial(OFFICER);
        FakeLine.Hook inbound = line.awaitHook("/twilio/voice");
        assertThat(inbound.params()).containsEntry("CallSid", officerCall).containsEntry("Direction", "inbound")
                .containsEntry("CallStatus", "ringing").containsEntry("From", OFFICER).containsEntry("To", LINE)
                .containsEntry("AccountSid", ACCOUNT_SID).containsEntry("ApiVersion", "2010-04-01");
        sim.awaitConference("room", c -> c.phoneNumbers().containsAll(List.of(INTERPRETER, OFFICER)), WAIT);
        assertThat(sim.phone(OFFICER).heard()).contains("Please hold.");
        assertThat(sim.conference("room").orElseThrow().status()).isEqualTo(ConferenceStatus.IN_PROGRESS);

        sim.hangup(INTERPRETER); // endConferenceOnExit: the officer's Dial ends and so does the call

        line.awaitHook("/twilio/voice/status", h -> "completed".equals(h.param("CallStatus")));
        await().atMost(WAIT).until(() -> events("/conference-events").contains("conference-end"));
        assertThat(events("/conference-events")).containsExactly("participant-join", "conference-start",
                "participant-join", "participant-leave", "participant-leave", "conference-end");
        FakeLine.Hook end = line.received("/conference-events").getLast();
        assertThat(end.params()).containsEntry("FriendlyName", "room").containsEntry("ReasonConferenceEnded",
                "participant-with-end-conference-on-exit-left").containsEntry("CallSidEndingConference", call.getSid());
        assertThat(end.param("ConferenceSid")).matches("CF[0-9a-f]{32}");
        assertThat(line.received("/conference-events")).extracting(h -> h.param("SequenceNumber"))
                .containsExactly("0", "1", "2", "3", "4", "5");

        line.awaitHook("/call-status", h -> "completed".equals(h.param("CallStatus")));
        assertThat(line.received("/call-status")).extracting(h -> h.param("CallStatus"))
                .containsExactly("initiated", "ringing", "in-progress", "completed");
        assertThat(line.received("/call-status").getLast().param("CallDuration")).isNotNull();
        assertThat(Call.fetcher(call.getSid()).fetch(twilio).getStatus()).isEqualTo(Call.Status.COMPLETED);
        assertThat(sim.phone(OFFICER).callState()).isEqualTo(PhoneCallState.IDLE);
    }

    @ParameterizedTest
    @CsvSource({"busy, busy", "no-answer, no-answer", "fail, failed", "manual, no-answer"})
    void anUnansweredCallReportsItsFinalStatus(String behaviour, String finalStatus) {
        sim.configurePhone(INTERPRETER, Behaviour.of(behaviour));
        Call call = Call.creator(new PhoneNumber(INTERPRETER), new PhoneNumber(LINE), URI.create(url("/offer")))
                .setStatusCallback(URI.create(url("/call-status"))).setTimeout(20).create(twilio);

        FakeLine.Hook last = line.awaitHook("/call-status");
        assertThat(last.param("CallStatus")).isEqualTo(finalStatus);
        assertThat(last.param("CallSid")).isEqualTo(call.getSid());
        assertThat(line.received("/offer")).isEmpty();
        assertThat(Call.fetcher(call.getSid()).fetch(twilio).getStatus().toString()).isEqualTo(finalStatus);
    }

    @Test
    void aRingingCallCanBeAnsweredOrRejectedByHand() {
        sim.configurePhone(INTERPRETER, Behaviour.MANUAL);
        line.respond("/offer", OFFER);
        Call first = Call.creator(new PhoneNumber(INTERPRETER), new PhoneNumber(LINE), URI.create(url("/offer"))).create(twilio);
        sim.awaitPhone(INTERPRETER, p -> p.callState() == PhoneCallState.RINGING, WAIT);
        sim.answer(INTERPRETER);
        sim.awaitPhone(INTERPRETER, PhoneView::waitingForInput, WAIT);
        sim.hangup(INTERPRETER);
        sim.awaitCall(first.getSid(), c -> c.status() == CallStatus.COMPLETED, WAIT);

        Call second = Call.creator(new PhoneNumber(INTERPRETER), new PhoneNumber(LINE), URI.create(url("/offer")))
                .setStatusCallback(URI.create(url("/call-status"))).create(twilio);
        sim.awaitPhone(INTERPRETER, p -> p.callState() == PhoneCallState.RINGING, WAIT);
        sim.reject(INTERPRETER);
        assertThat(line.awaitHook("/call-status").param("CallStatus")).isEqualTo("busy");
        assertThat(sim.call(second.getSid()).status()).isEqualTo(CallStatus.BUSY);
    }

    @Test
    void updatingStatusCompletedHangsUpAnAnsweredCallAndCanceledStopsARingingOne() {
        sim.configurePhone(INTERPRETER, Behaviour.ANSWER);
        line.respond("/offer", OFFER);
        Call call = Call.creator(new PhoneNumber(INTERPRETER), new PhoneNumber(LINE), URI.create(url("/offer")))
                .setStatusCallback(URI.create(url("/call-status"))).create(twilio);
        sim.awaitPhone(INTERPRETER, PhoneView::waitingForInput, WAIT);

        Call updated = Call.updater(call.getSid()).setStatus(Call.UpdateStatus.COMPLETED).update(twilio);

        assertThat(updated.getStatus()).isEqualTo(Call.Status.COMPLETED);
        assertThat(line.awaitHook("/call-status").param("CallStatus")).isEqualTo("completed");
        assertThat(sim.phone(INTERPRETER).callState()).isEqualTo(PhoneCallState.IDLE);

        sim.configurePhone("+14125550133", Behaviour.MANUAL);
        Call ringing = Call.creator(new PhoneNumber("+14125550133"), new PhoneNumber(LINE), URI.create(url("/offer")))
                .setStatusCallback(URI.create(url("/call-status-2"))).create(twilio);
        sim.awaitPhone("+14125550133", p -> p.callState() == PhoneCallState.RINGING, WAIT);
        Call.updater(ringing.getSid()).setStatus(Call.UpdateStatus.CANCELED).update(twilio);
        assertThat(line.awaitHook("/call-status-2").param("CallStatus")).isEqualTo("canceled");
        assertThat(line.received("/offer")).hasSize(1);
    }

    @Test
    void updatingWithTwimlRedirectsTheCallerToTheFallbackNumber() {
        sim.configurePhone(FALLBACK, new PhoneSettings("Language Line", Behaviour.ANSWER, 50, null, false));
        line.respond("/twilio/voice", "<Response><Say>Please hold.</Say>" + conference("req-7", false, false).replace("<Response>", ""));
        String callSid = sim.dial(OFFICER);
        sim.awaitPhone(OFFICER, p -> p.callState() == PhoneCallState.ON_HOLD, WAIT);

        Call.updater(callSid).setTwiml(new Twiml("<Response><Say>Connecting you to an interpreter service.</Say><Dial action=\"" + url("/dial-done") + "\">"
                + FALLBACK + "</Dial></Response>")).update(twilio);

        sim.awaitPhone(FALLBACK, p -> p.callState() == PhoneCallState.IN_CALL, WAIT);
        PhoneView officer = sim.awaitPhone(OFFICER, p -> p.callState() == PhoneCallState.IN_CALL, WAIT);
        assertThat(officer.heard()).contains("Connecting you to an interpreter service.");
        assertThat(sim.conference("req-7").orElseThrow().status()).isEqualTo(ConferenceStatus.COMPLETED);

        sim.hangup(FALLBACK);
        FakeLine.Hook done = line.awaitHook("/dial-done");
        assertThat(done.param("DialCallStatus")).isEqualTo("completed");
        assertThat(done.param("CallSid")).isEqualTo(callSid);
        line.awaitHook("/twilio/voice/status", h -> callSid.equals(h.param("CallSid")));
        CallView view = sim.call(callSid);
        assertThat(view.status()).isEqualTo(CallStatus.COMPLETED);
        assertThat(view.legs()).singleElement().satisfies(leg -> {
            assertThat(leg.direction().value()).isEqualTo("outbound-dial");
            assertThat(leg.to()).isEqualTo(FALLBACK);
            assertThat(leg.from()).isEqualTo(OFFICER);
        });
    }

    @Test
    void aDialToABusyNumberReportsBusyToTheDialAction() {
        sim.configurePhone(FALLBACK, Behaviour.BUSY);
        line.respond("/twilio/voice", "<Response><Dial action=\"/dial-done\" timeout=\"10\"><Number>" + FALLBACK + "</Number></Dial></Response>");
        line.respond("/dial-done", "<Response><Say>The service is busy.</Say></Response>");
        String callSid = sim.dial(OFFICER);

        assertThat(line.awaitHook("/dial-done").param("DialCallStatus")).isEqualTo("busy");
        sim.awaitCall(callSid, c -> c.status() == CallStatus.COMPLETED, WAIT);
        assertThat(sim.phone(OFFICER).heard()).containsExactly("The service is busy.");
    }

    @Test
    void aFailingWebhookEndsTheCallWithTwiliosApplicationError() {
        line.fail("/twilio/voice", 500);
        String callSid = sim.dial(OFFICER);

        CallView call = sim.awaitCall(callSid, c -> c.status().isFinal(), WAIT);

        assertThat(call.errors()).singleElement().satisfies(e -> assertThat(e.code()).isEqualTo(11200));
        assertThat(sim.phone(OFFICER).heard()).containsExactly("We are sorry, an application error has occurred. Goodbye.");
        assertThat(sim.webhookLog()).filteredOn(e -> e.url().endsWith("/twilio/voice"))
                .singleElement().satisfies(e -> assertThat(e.status()).isEqualTo(500));

        line.respond("/twilio/voice", "<Response><Say>unclosed</Response>");
        String second = sim.dial(OFFICER);
        assertThat(sim.awaitCall(second, c -> c.status().isFinal(), WAIT).errors())
                .singleElement().satisfies(e -> assertThat(e.code()).isEqualTo(12100));
    }

    @Test
    void gathersTakeTypeAheadScriptedDigitsAndSpeech() {
        line.respond("/twilio/voice", """
                <Response>
                  <Gather input="dtmf speech" numDigits="1" timeout="60" action="/menu"><Say>Choose a language.</Say></Gather>
                </Response>""");
        sim.configurePhone(OFFICER, new PhoneSettings(null, null, null, "3", false));
        sim.dial(OFFICER);
        assertThat(line.awaitHook("/menu").param("Digits")).isEqualTo("3");

        String speaker = "+14125550144";
        sim.dial(speaker);
        assertThat(sim.awaitPhone(speaker, PhoneView::waitingForInput, WAIT).listening()).isTrue();
        sim.say(speaker, "Nepali");
        FakeLine.Hook spoken = line.awaitHook("/menu", h -> speaker.equals(h.param("From")));
        assertThat(spoken.param("SpeechResult")).isEqualTo("Nepali");
        assertThat(spoken.param("Confidence")).isNotNull();

        line.respond("/twilio/voice", """
                <Response><Say>Welcome.</Say><Pause length="40"/>
                  <Gather numDigits="2" timeout="60" action="/menu"/></Response>""");
        String typist = "+14125550155";
        sim.dial(typist);
        sim.awaitPhone(typist, p -> p.heardText("Welcome."), WAIT);
        sim.press(typist, "42"); // during the pause: kept for the Gather
        assertThat(line.awaitHook("/menu", h -> typist.equals(h.param("From"))).param("Digits")).isEqualTo("42");
    }

    @Test
    void aGatherWithoutInputFallsThroughAndTheDocumentEndHangsUp() {
        line.respond("/twilio/voice", "<Response><Gather timeout=\"1\" action=\"/menu\"><Say>Anyone?</Say></Gather><Say>Goodbye.</Say></Response>");
        String callSid = sim.dial(OFFICER);
        sim.awaitCall(callSid, c -> c.status() == CallStatus.COMPLETED, WAIT);
        assertThat(sim.phone(OFFICER).heard()).containsExactly("Anyone?", "Goodbye.");
        assertThat(line.received("/menu")).isEmpty();
    }

    @Test
    void voicemailIsReportedAsAMachineWhenDetectionIsAsked() {
        sim.configurePhone(INTERPRETER, Behaviour.VOICEMAIL);
        line.respond("/offer", OFFER);
        Call.creator(new PhoneNumber(INTERPRETER), new PhoneNumber(LINE), URI.create(url("/offer")))
                .setMachineDetection("Enable").create(twilio);
        FakeLine.Hook offer = line.awaitHook("/offer");
        assertThat(offer.param("AnsweredBy")).isEqualTo("machine_start");
    }

    @Test
    void rejectingAnInboundCallReportsBusyToTheLine() {
        line.respond("/twilio/voice", "<Response><Reject/></Response>");
        String callSid = sim.dial(OFFICER);
        assertThat(line.awaitHook("/twilio/voice/status").param("CallStatus")).isEqualTo("busy");
        assertThat(sim.call(callSid).status()).isEqualTo(CallStatus.BUSY);
    }

    @Test
    void unknownCallsAreTwilio404s() {
        assertThatThrownBy(() -> Call.fetcher("CA0123456789abcdef0123456789abcdef").fetch(twilio))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(404);
                    assertThat(e.getCode()).isEqualTo(20404);
                });
    }

    private static List<String> events(String path) {
        return line.received(path).stream().map(h -> h.param("StatusCallbackEvent")).toList();
    }
}

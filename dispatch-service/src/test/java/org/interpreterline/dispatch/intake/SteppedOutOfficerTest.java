package org.interpreterline.dispatch.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.interpreterline.dispatch.DispatchIntegrationTest;
import org.interpreterline.dispatch.LineTopicsTap;
import org.interpreterline.dispatch.requests.RequestIds;
import org.interpreterline.dispatch.requests.RequestRecords;
import org.interpreterline.dispatch.requests.RequestStatus;
import org.interpreterline.events.CallFlag;
import org.interpreterline.events.Channel;
import org.interpreterline.events.RequestConference;
import org.interpreterline.events.Topics;
import org.interpreterline.events.dispatch.RequestFlagged;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.dispatch.RequesterHungUp;
import org.interpreterline.events.dispatch.ResidentAddRequested;
import org.interpreterline.events.notification.ConferenceEnded;
import org.interpreterline.events.notification.ParticipantJoined;
import org.interpreterline.events.notification.Party;
import org.interpreterline.events.roster.RequestAssigned;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An officer who called the line and is on the call with their interpreter presses {@code *}: they hear how to add
 * someone, key in a number and {@code #}, and are put back into the call; whatever they key, they go back. Twilio is
 * played by signed webhooks, the roster and notification-service by their events.
 */
class SteppedOutOfficerTest extends DispatchIntegrationTest {

    private static final Duration KAFKA = Duration.ofSeconds(15);

    @Autowired
    private RequestRecords records;

    private String officer;
    private String callSid;
    private String requestId;

    @BeforeEach
    void anOfficerWhoCalledIn() throws Exception {
        officer = freshPhone();
        callSid = freshSid("CA");
        registerResponder("Officer Diaz", officer, "Pittsburgh Police");
        call("/twilio/voice/language?attempt=1", Map.of("Digits", "1"));
        requestId = RequestIds.voice(callSid);
        await().atMost(KAFKA).until(() -> records.byId(requestId).isPresent());
    }

    /** A second interpreter by voice: {@code *}, then the language said instead of a number. */
    @Test
    void starThenALanguageSaidAsksForASecondInterpreterInTheSameCall() throws Exception {
        connect();

        HttpResponse<String> steppedOut = stepOut();
        assertThat(steppedOut.body()).contains("input=\"dtmf speech\"", "hints=\"Spanish, Arabic",
                "For a second interpreter, say the language.");
        String addUrl = action(steppedOut.body());

        HttpResponse<String> said = call(addUrl, Map.of("SpeechResult", "Kiche please", "Confidence", "0.9"));

        assertThat(said.body()).contains("<Say>Finding a K'iche' interpreter to join this call. You will hear them "
                + "join.</Say>", ">req-" + requestId + "</Conference>");
        RequestOpened relay = (RequestOpened) LineTopicsTap.awaitDispatchEvent(e -> e instanceof RequestOpened o
                && RequestIds.relay(requestId, "quc").equals(o.requestId()), KAFKA);
        assertThat(relay.conferenceName()).isEqualTo(RequestConference.nameOf(requestId));

        HttpResponse<String> unclear = call(action(stepOut().body()), Map.of("SpeechResult", "blorf wibble"));
        assertThat(unclear.body()).contains("Sorry, I did not recognise a language. To try again, press star.",
                ">req-" + requestId + "</Conference>");
    }

    @Test
    void starThenANumberCallsItIn_andPutsTheOfficerBackIntoTheCall() throws Exception {
        connect();

        HttpResponse<String> steppedOut = stepOut();
        assertThat(steppedOut.body()).contains("<Gather", "finishOnKey=\"#\"", SteppedOutOfficer.ASK,
                "actionOnEmptyResult=\"true\"");
        String addUrl = action(steppedOut.body());

        HttpResponse<String> keyed = call(addUrl, Map.of("Digits", "4125550199"));

        assertThat(keyed.body()).contains("<Say>Calling the number ending 0 1 9 9. You will hear whether it answers.",
                "hangupOnStar=\"true\"", ">req-" + requestId + "</Conference>");
        ResidentAddRequested add = (ResidentAddRequested) LineTopicsTap.awaitDispatchEvent(
                e -> e instanceof ResidentAddRequested a && a.requestId().equals(requestId), KAFKA);
        assertThat(add.maskedNumber()).isEqualTo("***0199");
        assertThat(add.sealedNumber()).doesNotContain("4125550199");
    }

    @Test
    void anEmergencyNumberOrNothingKeyedIsNotCalled_andTheOfficerGoesBackIntoTheCall() throws Exception {
        connect();
        String addUrl = action(stepOut().body());

        assertThat(call(addUrl, Map.of("Digits", "911")).body())
                .contains("The line cannot add emergency numbers or short codes. To try again, press star.",
                        ">req-" + requestId + "</Conference>");
        assertThat(call(addUrl, Map.of()).body())
                .contains("<Say>Back to your call.</Say>", ">req-" + requestId + "</Conference>");
        assertThat(LineTopicsTap.dispatchEvents(e -> e instanceof ResidentAddRequested a
                && a.requestId().equals(requestId), Duration.ofMillis(500))).isEmpty();
    }

    @Test
    void whileStillWaitingStarLetsTheOfficerWarnTheInterpreter_andPutsThemBack() throws Exception {
        HttpResponse<String> steppedOut = call("/twilio/voice/stepped-out?requestId=" + requestId, Map.of());
        assertThat(steppedOut.body()).contains("<Gather", "numDigits=\"1\"", SteppedOutOfficer.FLAG_ASK);
        String flagUrl = action(steppedOut.body());

        HttpResponse<String> flagged = call(flagUrl, Map.of("Digits", "2"));

        assertThat(flagged.body()).contains("The interpreter will be told this call may involve a child.",
                ">req-" + requestId + "</Conference>");
        RequestFlagged event = (RequestFlagged) LineTopicsTap.awaitDispatchEvent(
                e -> e instanceof RequestFlagged f && f.requestId().equals(requestId), KAFKA);
        assertThat(event.flags()).containsExactly(CallFlag.CHILD);
        await().atMost(KAFKA).until(() -> records.byId(requestId).map(r -> r.flags().contains(CallFlag.CHILD))
                .orElse(false));

        // flagged already: * while holding only says they are still waiting
        assertThat(call("/twilio/voice/stepped-out?requestId=" + requestId, Map.of()).body()).doesNotContain("<Gather")
                .contains("Your interpreter is not on the line yet.", ">req-" + requestId + "</Conference>");
    }

    @Test
    void anyOtherKeyOrNoneWhileWaitingGoesBackToHolding_withoutAFlag() throws Exception {
        String flagUrl = action(call("/twilio/voice/stepped-out?requestId=" + requestId, Map.of()).body());

        assertThat(call(flagUrl, Map.of("Digits", "#")).body()).contains("<Say>Please hold.</Say>",
                ">req-" + requestId + "</Conference>");
        assertThat(call(flagUrl, Map.of()).body()).contains(">req-" + requestId + "</Conference>");
        assertThat(LineTopicsTap.dispatchEvents(e -> e instanceof RequestFlagged f && f.requestId().equals(requestId),
                Duration.ofMillis(500))).isEmpty();
    }

    @Test
    void aDialEndedByTheConferencesEndSaysGoodbye_notTheAddPrompt() throws Exception {
        connect();
        LineTopicsTap.publish(Topics.NOTIFICATION_EVENTS, "default", new ConferenceEnded(UUID.randomUUID(),
                Instant.now(), "default", requestId, RequestConference.nameOf(requestId), "CF1"));
        await().atMost(KAFKA).until(() -> records.byId(requestId).map(r -> r.status().finished()).orElse(false));

        HttpResponse<String> after = call("/twilio/voice/stepped-out?requestId=" + requestId, Map.of());

        assertThat(after.body()).contains("Your call has ended. Goodbye.", "<Hangup/>").doesNotContain("<Dial");
    }

    @Test
    void aConferenceThatEndsWhileTheOfficerKeysSaysGoodbye_insteadOfSeatingThemAloneInANewOne() throws Exception {
        connect();
        String addUrl = action(stepOut().body());
        LineTopicsTap.publish(Topics.NOTIFICATION_EVENTS, "default", new ConferenceEnded(UUID.randomUUID(),
                Instant.now(), "default", requestId, RequestConference.nameOf(requestId), "CF1"));
        await().atMost(KAFKA).until(() -> records.byId(requestId).map(r -> r.status().finished()).orElse(false));

        assertThat(call(addUrl, Map.of("Digits", "4125550199")).body())
                .contains("Your call has ended. Goodbye.", "<Hangup/>").doesNotContain("<Dial");
    }

    @Test
    void theOfficerHangingUpOnAConnectedCallHasItsConferenceEnded() throws Exception {
        connect();

        webhook("/twilio/voice/status", Map.of("CallSid", callSid, "CallStatus", "completed", "From", officer));

        RequesterHungUp hungUp = (RequesterHungUp) LineTopicsTap.awaitDispatchEvent(
                e -> e instanceof RequesterHungUp h && h.requestId().equals(requestId), KAFKA);
        assertThat(hungUp.callSid()).isEqualTo(callSid);
    }

    /** What the roster and notification-service publish once the interpreter is in the conference. */
    private void connect() {
        String conference = RequestConference.nameOf(requestId);
        LineTopicsTap.publish(Topics.ROSTER_EVENTS, "default", new RequestAssigned(UUID.randomUUID(), Instant.now(),
                "default", requestId, "off-" + requestId, "int-1", "Rosa", "es", Channel.VOICE, officer,
                conference));
        LineTopicsTap.publish(Topics.NOTIFICATION_EVENTS, "default", new ParticipantJoined(UUID.randomUUID(),
                Instant.now(), "default", requestId, conference, "CF1", "CA-int", Party.INTERPRETER));
        await().atMost(KAFKA).until(() -> records.byId(requestId).map(r -> r.status() == RequestStatus.CONNECTED)
                .orElse(false));
    }

    /**
     * {@code *}: Twilio asks the Dial's action; the line lets a conference's end reach the record first, then asks
     * for the number.
     */
    private HttpResponse<String> stepOut() throws Exception {
        HttpResponse<String> first = call("/twilio/voice/stepped-out?requestId=" + requestId,
                Map.of("DialCallStatus", "completed"));
        assertThat(first.body()).contains("<Pause length=\"" + SteppedOutOfficer.SETTLE_SECONDS + "\"/>")
                .doesNotContain("<Gather");
        String redirect = first.body().replaceAll("(?s).*<Redirect[^>]*>([^<]+)</Redirect>.*", "$1")
                .replace("&amp;", "&");
        return call(redirect.substring(PUBLIC_URL.length()), Map.of("DialCallStatus", "completed"));
    }

    /** The Gather's action, as the path and query Twilio would post to. */
    private static String action(String twiml) {
        String url = twiml.replaceAll("(?s).*action=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
        return url.substring(PUBLIC_URL.length());
    }

    private HttpResponse<String> call(String pathAndQuery, Map<String, String> extra) throws Exception {
        Map<String, String> params = new HashMap<>(Map.of("CallSid", callSid, "From", officer, "To", "+14125550100",
                "AccountSid", "AC00000000000000000000000000000000", "CallStatus", "in-progress"));
        params.putAll(extra);
        return webhook(pathAndQuery, params);
    }
}

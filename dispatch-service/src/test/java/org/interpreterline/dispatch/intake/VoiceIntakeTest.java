package org.interpreterline.dispatch.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.interpreterline.dispatch.DispatchIntegrationTest;
import org.interpreterline.dispatch.LineTopicsTap;
import org.interpreterline.dispatch.requests.RequestIds;
import org.interpreterline.events.Channel;
import org.interpreterline.events.Priority;
import org.interpreterline.events.Topics;
import org.interpreterline.events.dispatch.DispatchEvent;
import org.interpreterline.events.dispatch.RequestCancelled;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.dispatch.SpokenNoteRecorded;
import org.interpreterline.events.notification.ConferenceEnded;
import org.interpreterline.events.JsonSerde;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** An officer calls the line: menu, language, conference; Twilio played by signed webhooks. */
class VoiceIntakeTest extends DispatchIntegrationTest {

    private static final Duration KAFKA = Duration.ofSeconds(15);

    private String officer;
    private String callSid;

    @BeforeEach
    void registeredOfficer() throws Exception {
        officer = freshPhone();
        callSid = freshSid("CA");
        registerResponder("Officer Diaz", officer, "Pittsburgh Police");
    }

    @Test
    void aRegisteredResponderHearsTheLanguageMenu() throws Exception {
        HttpResponse<String> menu = call("/twilio/voice", Map.of());

        assertThat(menu.statusCode()).isEqualTo(200);
        assertThat(menu.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
        assertThat(menu.body())
                .contains("<Gather", "input=\"dtmf speech\"", "numDigits=\"1\"", "timeout=\"6\"",
                        "actionOnEmptyResult=\"true\"",
                        "action=\"" + PUBLIC_URL + "/twilio/voice/language?attempt=1\"", "hints=\"Spanish, Arabic")
                .contains("<Say>Interpreter Line. For Spanish, press 1. For Arabic, press 2.")
                .contains("For any other language, press 0 or say its name. "
                        + "For the interpreter from your last call, press 9.</Say></Gather>");
    }

    @Test
    void nineWithoutAnEarlierConnectedCallIsToldSo_andHearsTheMenuAgain() throws Exception {
        HttpResponse<String> again = call("/twilio/voice/language?attempt=1", Map.of("Digits", "9"));

        assertThat(again.body()).contains("<Say>Sorry, we found no earlier call of yours with an interpreter. For "
                + "Spanish, press 1.", "attempt=2");
        assertThat(LineTopicsTap.dispatchEvents(e -> e instanceof RequestOpened o
                && callSid.equals(o.requesterCallSid()), Duration.ofMillis(500))).isEmpty();
    }

    @Test
    void pressingOneOpensASpanishRequestAsksForANoteAndThenPutsTheCallerInItsConference() throws Exception {
        HttpResponse<String> asked = call("/twilio/voice/language?attempt=1", Map.of("Digits", "1"));

        String requestId = RequestIds.voice(callSid);
        String noteUrl = PUBLIC_URL + "/twilio/voice/note?requestId=" + requestId;
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body())
                .containsPattern("<Say>Request [2-9A-HJ-NP-Z] [2-9A-HJ-NP-Z] [2-9A-HJ-NP-Z] [2-9A-HJ-NP-Z]\\. "
                        + "Finding a Spanish interpreter\\. In a few words, what is this call about\\? Speak after the "
                        + "tone, then press pound\\. To skip, press pound\\.</Say>")
                .contains("<Record action=\"" + noteUrl + "\"", "maxLength=\"10\"", "timeout=\"3\"",
                        "finishOnKey=\"#\"", "playBeep=\"true\"", "trim=\"trim-silence\"",
                        "<Redirect method=\"POST\">" + noteUrl + "</Redirect>")
                .doesNotContain("<Conference");

        // nothing said: Twilio goes on to the redirect
        HttpResponse<String> joined = call("/twilio/voice/note?requestId=" + requestId, Map.of());
        assertThat(joined.body())
                .contains("<Say>Please stay on the line. If this call may involve domestic violence, a child or a "
                        + "death, press star to warn the interpreter.</Say>")
                .contains("<Dial action=\"" + PUBLIC_URL + "/twilio/voice/stepped-out?requestId=" + requestId + "\"",
                        "hangupOnStar=\"true\"", "<Conference", "startConferenceOnEnter=\"false\"",
                        "endConferenceOnExit=\"false\"",
                        "participantLabel=\"requester\"", "statusCallbackEvent=\"start end join leave\"",
                        "waitUrl=\"" + PUBLIC_URL + "/twilio/voice/hold?requestId=" + requestId + "\"",
                        "statusCallback=\"http://127.0.0.1:8083/twilio/conference?requestId=" + requestId + "\"",
                        ">req-" + requestId + "</Conference></Dial>");
        assertThat(LineTopicsTap.dispatchEvents(e -> e instanceof SpokenNoteRecorded n
                && requestId.equals(n.requestId()), Duration.ofMillis(500))).isEmpty();

        RequestOpened opened = (RequestOpened) LineTopicsTap.awaitDispatchEvent(
                e -> e instanceof RequestOpened o && callSid.equals(o.requesterCallSid()), KAFKA);
        assertThat(opened.requestId()).isEqualTo(requestId);
        assertThat(opened.language()).isEqualTo("es");
        assertThat(opened.channel()).isEqualTo(Channel.VOICE);
        assertThat(opened.priority()).isEqualTo(Priority.EMERGENCY);
        assertThat(opened.agency()).isEqualTo("Pittsburgh Police");
        assertThat(opened.requesterName()).isEqualTo("Officer Diaz");
        assertThat(opened.requesterPhone()).isEqualTo(officer);
        assertThat(opened.conferenceName()).isEqualTo("req-" + requestId);
        assertThat(opened.rosterId()).isEqualTo("default");
        assertThat(opened.roster()).as("the home number was dialled").isEqualTo(HOME_ROSTER);
        assertThat(asked.body()).contains("Request " + String.join(" ", opened.reference().split("")) + ".");
    }

    /**
     * Another agency's roster, on its own number: the request is that roster's, though its events stay keyed by the
     * deployment. The menu step that opens it reads the number dialled itself (Twilio sends it on every webhook).
     */
    @Test
    void aCallToASecondRostersNumberOpensARequestOfThatRoster() throws Exception {
        HttpResponse<String> menu = call("/twilio/voice", Map.of("To", EMS_NUMBER));
        assertThat(menu.body()).contains("For Spanish, press 1.");

        call("/twilio/voice/language?attempt=1", Map.of("To", EMS_NUMBER, "Digits", "1"));

        RequestOpened opened = (RequestOpened) LineTopicsTap.awaitDispatchEvent(
                e -> e instanceof RequestOpened o && callSid.equals(o.requesterCallSid()), KAFKA);
        assertThat(opened.roster()).isEqualTo(EMS_ROSTER);
        assertThat(opened.rosterId()).as("the deployment's key, for every roster").isEqualTo("default");
        assertThat(awaitRecord(RequestIds.voice(callSid)).path("roster").asString()).isEqualTo(EMS_ROSTER);
    }

    @Test
    void aCallToANumberTheLineDoesNotListIsTheDeploymentsOwn() throws Exception {
        call("/twilio/voice/language?attempt=1", Map.of("To", "+14125550177", "Digits", "1"));

        RequestOpened opened = (RequestOpened) LineTopicsTap.awaitDispatchEvent(
                e -> e instanceof RequestOpened o && callSid.equals(o.requesterCallSid()), KAFKA);
        assertThat(opened.roster()).isEqualTo(HOME_ROSTER);
    }

    @Test
    void aSpokenNoteIsPassedOnAndTheCallerThankedIntoTheConference() throws Exception {
        call("/twilio/voice/language?attempt=1", Map.of("Digits", "1"));
        String requestId = RequestIds.voice(callSid);
        String sid = "RE" + "0123456789abcdef".repeat(2);
        String url = "https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/" + sid;

        // the URL names another request: the note still belongs to the request this call opened
        HttpResponse<String> joined = call("/twilio/voice/note?requestId=someone-else", Map.of("RecordingSid", sid,
                "RecordingUrl", url, "RecordingDuration", "7", "Digits", "#"));

        assertThat(joined.body()).contains("<Say>Thank you. Please stay on the line.", "<Conference",
                ">req-" + requestId + "</Conference>");
        SpokenNoteRecorded noted = (SpokenNoteRecorded) LineTopicsTap.awaitDispatchEvent(
                e -> e instanceof SpokenNoteRecorded n && sid.equals(n.recordingSid()), KAFKA);
        assertThat(noted.requestId()).isEqualTo(requestId);
        assertThat(noted.recordingUrl()).isEqualTo(url);
        assertThat(noted.seconds()).isEqualTo(7);
        await().atMost(KAFKA).untilAsserted(() -> assertThat(record(requestId).path("timeline").toString())
                .contains("the officer recorded a note for the interpreters (7 s)"));
    }

    @Test
    void aNoteThatIsNotATwilioRecordingIsIgnoredAndTheCallerStillJoins() throws Exception {
        call("/twilio/voice/language?attempt=1", Map.of("Digits", "1"));
        String requestId = RequestIds.voice(callSid);

        HttpResponse<String> joined = call("/twilio/voice/note?requestId=" + requestId, Map.of("RecordingSid",
                "RE" + "0".repeat(32), "RecordingUrl", "https://evil.example/prank.mp3", "RecordingDuration", "4"));

        assertThat(joined.statusCode()).isEqualTo(200);
        assertThat(joined.body()).contains("<Conference").doesNotContain("Thank you");
        assertThat(LineTopicsTap.dispatchEvents(e -> e instanceof SpokenNoteRecorded n
                && requestId.equals(n.requestId()), Duration.ofMillis(800))).isEmpty();
    }

    @Test
    void aCallerWhoHangsUpWhileSpeakingStillHasTheirNoteKeptSoItCanBeDeleted() throws Exception {
        call("/twilio/voice/language?attempt=1", Map.of("Digits", "1"));
        String requestId = RequestIds.voice(callSid);
        String sid = "RE" + "fedcba9876543210".repeat(2);

        HttpResponse<String> after = call("/twilio/voice/note?requestId=" + requestId, Map.of("RecordingSid", sid,
                "RecordingUrl", "https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/" + sid,
                "RecordingDuration", "45", "Digits", "hangup"));

        assertThat(after.body()).doesNotContain("<Conference");
        SpokenNoteRecorded noted = (SpokenNoteRecorded) LineTopicsTap.awaitDispatchEvent(
                e -> e instanceof SpokenNoteRecorded n && sid.equals(n.recordingSid()), KAFKA);
        assertThat(noted.seconds()).as("no longer than the line asks for").isEqualTo(10);
    }

    /**
     * Delivered again at once, before the record has read the first opening: the same event is published again (the
     * same id, which every consumer drops). Later, the record answers and nothing is published (ReplayedWebhooksTest).
     */
    @Test
    void theSameWebhookDeliveredTwiceAtOnceOpensOneRequest() throws Exception {
        HttpResponse<String> first = call("/twilio/voice/language?attempt=1", Map.of("Digits", "2"));
        HttpResponse<String> retry = call("/twilio/voice/language?attempt=1", Map.of("Digits", "2"));

        assertThat(retry.body()).isEqualTo(first.body());
        List<DispatchEvent> opened = LineTopicsTap.dispatchEvents(
                e -> e instanceof RequestOpened o && callSid.equals(o.requesterCallSid()), Duration.ofMillis(1500));
        assertThat(opened).hasSizeBetween(1, 2)
                .extracting(e -> ((RequestOpened) e).requestId(), DispatchEvent::eventId)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(RequestIds.voice(callSid), opened.getFirst().eventId()));

        String requestId = RequestIds.voice(callSid);
        JsonNode record = awaitRecord(requestId);
        assertThat(record.path("timeline")).hasSize(1);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() ->
                requestsOf(officer).size() == 1);
    }

    @Test
    void sayingNepaliPleaseOpensANepaliRequest() throws Exception {
        HttpResponse<String> joined = call("/twilio/voice/language?attempt=1",
                Map.of("SpeechResult", "Nepali please", "Confidence", "0.91"));

        assertThat(joined.body()).contains("Finding a Nepali interpreter.", "<Record");
        RequestOpened opened = (RequestOpened) LineTopicsTap.awaitDispatchEvent(
                e -> e instanceof RequestOpened o && callSid.equals(o.requesterCallSid()), KAFKA);
        assertThat(opened.language()).isEqualTo("ne");
    }

    @Test
    void controlCharactersInTheSpeechResultAreIgnored() throws Exception {
        HttpResponse<String> joined = call("/twilio/voice/language?attempt=1",
                Map.of("SpeechResult", "Nep\u0000ali\u0007 please\uD83D", "Confidence", "0.91"));

        assertThat(joined.statusCode()).isEqualTo(200);
        assertThat(joined.body()).contains("Finding a Nepali interpreter.", "<Record");
    }

    @Test
    void zeroAsksTheCallerToSayTheLanguage() throws Exception {
        HttpResponse<String> ask = call("/twilio/voice/language?attempt=1", Map.of("Digits", "0"));

        assertThat(ask.body()).contains("<Gather", "input=\"speech\"",
                "action=\"" + PUBLIC_URL + "/twilio/voice/language?attempt=1&amp;spoken=true\"",
                "Say the name of the language you need");
        HttpResponse<String> joined = call("/twilio/voice/language?attempt=1&spoken=true",
                Map.of("SpeechResult", "Somali"));
        assertThat(joined.body()).contains("Finding a Somali interpreter.");
    }

    @Test
    void gibberishIsAskedAgainOnceThenTheCallerGoesToTheFallbackProvider() throws Exception {
        HttpResponse<String> again = call("/twilio/voice/language?attempt=1", Map.of("SpeechResult", "blorf wibble"));
        assertThat(again.body()).contains("<Say>Sorry, I didn't catch that. For Spanish, press 1.",
                "action=\"" + PUBLIC_URL + "/twilio/voice/language?attempt=2\"");

        HttpResponse<String> fallback = call("/twilio/voice/language?attempt=2", Map.of("SpeechResult", "zzkq"));
        assertThat(fallback.body()).contains(
                "<Say>Sorry, I could not understand which language you need. Connecting you to our partner "
                        + "interpreter service now.</Say><Dial>" + FALLBACK + "</Dial>");
        assertThat(LineTopicsTap.dispatchEvents(e -> e instanceof RequestOpened o
                && callSid.equals(o.requesterCallSid()), Duration.ofSeconds(1))).isEmpty();
    }

    @Test
    void silenceCountsAsUnclear() throws Exception {
        HttpResponse<String> again = call("/twilio/voice/language?attempt=1", Map.of());

        assertThat(again.body()).contains("Sorry, I didn't catch that.", "attempt=2");
    }

    @Test
    void aCallerWhoHangsUpBeforeTheInterpreterJoinsCancelsTheRequest() throws Exception {
        call("/twilio/voice/language?attempt=1", Map.of("Digits", "3"));
        String requestId = RequestIds.voice(callSid);
        awaitRecord(requestId);

        HttpResponse<String> status = call("/twilio/voice/status", Map.of("CallStatus", "completed"));

        assertThat(status.statusCode()).isEqualTo(200);
        RequestCancelled cancelled = (RequestCancelled) LineTopicsTap.awaitDispatchEvent(
                e -> e instanceof RequestCancelled c && requestId.equals(c.requestId()), KAFKA);
        assertThat(cancelled.reason()).isEqualTo(RequestCancelled.Reason.REQUESTER_HUNG_UP);
        await().atMost(KAFKA).until(() -> "CANCELLED".equals(record(requestId).path("status").asString()));
    }

    @Test
    void aCallerWhoHangsUpAfterTheirConferenceWasReportedOverIsCancelledOnce() throws Exception {
        call("/twilio/voice/language?attempt=1", Map.of("Digits", "5"));
        String requestId = RequestIds.voice(callSid);
        awaitRecord(requestId);
        // the conference's end reaches the record before Twilio's call status callback does: the caller held in it
        // alone, so it ended when they hung up
        LineTopicsTap.publish(Topics.NOTIFICATION_EVENTS, "default", new ConferenceEnded(UUID.randomUUID(),
                Instant.now(), "default", requestId, "req-" + requestId, "CF-" + requestId));
        await().atMost(KAFKA).until(() -> "CANCELLED".equals(record(requestId).path("status").asString()));

        HttpResponse<String> status = call("/twilio/voice/status", Map.of("CallStatus", "completed"));

        assertThat(status.statusCode()).isEqualTo(200);
        await().during(Duration.ofSeconds(2)).atMost(KAFKA).until(() -> {
            JsonNode record = record(requestId);
            return "CANCELLED".equals(record.path("status").asString())
                    && "CANCELLED".equals(record.path("outcome").asString());
        });
    }

    @Test
    void aCallerWhoHangsUpTheMomentTheirRequestOpensStillCancelsIt() throws Exception {
        call("/twilio/voice/language?attempt=1", Map.of("Digits", "2"));
        // no waiting for the record: the status callback may come before the record has the request

        call("/twilio/voice/status", Map.of("CallStatus", "completed"));

        String requestId = RequestIds.voice(callSid);
        LineTopicsTap.awaitDispatchEvent(e -> e instanceof RequestCancelled c && requestId.equals(c.requestId()),
                KAFKA);
        await().atMost(KAFKA).until(() -> "CANCELLED".equals(record(requestId).path("status").asString()));
    }

    @Test
    void theEndOfACallThatNeverOpenedARequestPublishesNothing() throws Exception {
        call("/twilio/voice", Map.of());
        call("/twilio/voice/status", Map.of("CallStatus", "completed"));

        assertThat(LineTopicsTap.dispatchEvents(e -> e instanceof RequestCancelled c
                && RequestIds.voice(callSid).equals(c.requestId()), Duration.ofSeconds(1))).isEmpty();
    }

    @Test
    void theHoldMessageAsksTheCallerToWait() throws Exception {
        HttpResponse<String> hold = call("/twilio/voice/hold?requestId=abc", Map.of());

        assertThat(hold.body()).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Say>Please hold, "
                + "we are connecting your interpreter.</Say><Pause length=\"10\"/></Response>");
    }

    @Test
    void anUnregisteredCallerIsAskedForAnAgencyPinAndTheRightPinOpensTheMenu() throws Exception {
        String stranger = freshPhone();
        String strangerCall = freshSid("CA");
        HttpResponse<String> pin = webhook("/twilio/voice", Map.of("CallSid", strangerCall, "From", stranger));
        assertThat(pin.body()).contains("This phone is not registered.", "Enter your agency PIN",
                "finishOnKey=\"#\"", "action=\"" + PUBLIC_URL + "/twilio/voice/pin?attempt=1\"");

        HttpResponse<String> wrong = webhook("/twilio/voice/pin?attempt=1",
                Map.of("CallSid", strangerCall, "From", stranger, "Digits", "9999"));
        assertThat(wrong.body()).contains("Sorry, that PIN is not valid.", "pin?attempt=2");

        HttpResponse<String> menu = webhook("/twilio/voice/pin?attempt=2",
                Map.of("CallSid", strangerCall, "From", stranger, "Digits", AGENCY_PIN));
        String languageUrl = "/twilio/voice/language?attempt=1&agency=Allegheny+County+Sheriff";
        assertThat(menu.body()).contains("Thank you. For Spanish, press 1.",
                "action=\"" + PUBLIC_URL + languageUrl.replace("&", "&amp;") + "\"");

        webhook(languageUrl, Map.of("CallSid", strangerCall, "From", stranger, "Digits", "5"));
        RequestOpened opened = (RequestOpened) LineTopicsTap.awaitDispatchEvent(
                e -> e instanceof RequestOpened o && strangerCall.equals(o.requesterCallSid()), KAFKA);
        assertThat(opened.agency()).isEqualTo(AGENCY_WITH_PIN);
        assertThat(opened.language()).isEqualTo("sw");
    }

    @Test
    void aWrongPinTwiceIsToldHowToRegisterAndOfferedTheFallback() throws Exception {
        String stranger = freshPhone();
        HttpResponse<String> away = webhook("/twilio/voice/pin?attempt=2",
                Map.of("CallSid", freshSid("CA"), "From", stranger, "Digits", "0000"));

        assertThat(away.body()).contains("Please ask your agency to register your number.",
                "<Dial>" + FALLBACK + "</Dial>");
    }

    private HttpResponse<String> call(String pathAndQuery, Map<String, String> extra) throws Exception {
        var params = new java.util.HashMap<String, String>(Map.of("CallSid", callSid, "From", officer,
                "To", HOME_NUMBER, "AccountSid", "AC00000000000000000000000000000000", "CallStatus", "in-progress"));
        params.putAll(extra);
        return webhook(pathAndQuery, params);
    }

    private JsonNode awaitRecord(String requestId) throws Exception {
        await().atMost(KAFKA).until(() -> record(requestId).has("requestId"));
        return record(requestId);
    }

    private JsonNode record(String requestId) throws Exception {
        HttpResponse<String> response = admin("GET", "/api/requests/" + requestId, null);
        return response.statusCode() == 200 ? JsonSerde.MAPPER.readTree(response.body())
                : JsonSerde.MAPPER.createObjectNode();
    }

    private List<JsonNode> requestsOf(String phone) throws Exception {
        JsonNode all = JsonSerde.MAPPER.readTree(admin("GET", "/api/requests", null).body());
        List<JsonNode> mine = new java.util.ArrayList<>();
        all.forEach(r -> {
            if (phone.equals(r.path("requesterPhone").asString())) {
                mine.add(r);
            }
        });
        return mine;
    }
}

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
import org.interpreterline.dispatch.presence.InterpreterPhones;
import org.interpreterline.dispatch.requests.RequestIds;
import org.interpreterline.dispatch.requests.RequestRecord;
import org.interpreterline.dispatch.requests.RequestRecords;
import org.interpreterline.dispatch.requests.RequestStatus;
import org.interpreterline.events.InterpreterStatus;
import org.interpreterline.events.Topics;
import org.interpreterline.events.dispatch.PresenceRequested;
import org.interpreterline.events.dispatch.RequestCancelled;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.roster.InterpreterSnapshot;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A signed webhook captured on the way and sent again later (a replay) must not act a second time: the line
 * remembers, in its record in Kafka, which texts it has taken and which calls opened a request. Twilio's own
 * retry of a webhook the line already took gets the same answer and publishes nothing either.
 */
class ReplayedWebhooksTest extends DispatchIntegrationTest {

    private static final Duration KAFKA = Duration.ofSeconds(15);
    /** Long enough for a second publication to show on the topic, were there one. */
    private static final Duration WATCH = Duration.ofMillis(1500);

    @Autowired
    RequestRecords records;

    @Autowired
    InterpreterPhones interpreters;

    @Test
    void aReplayedLanguageText_afterItsRequestIsOver_getsItsStatusAndOpensNothing() throws Exception {
        String officer = registeredOfficer();
        String sid = freshSid("SM");
        text(sid, officer, "Arabic");
        String requestId = RequestIds.sms(sid);
        await().atMost(KAFKA).until(() -> records.byId(requestId).filter(RequestRecord::opened).isPresent());
        text(freshSid("SM"), officer, "CANCEL");
        await().atMost(KAFKA).until(() -> records.byId(requestId).map(r -> r.status() == RequestStatus.CANCELLED)
                .orElse(false));
        String reference = records.byId(requestId).orElseThrow().reference();

        HttpResponse<String> replay = text(sid, officer, "Arabic");

        assertThat(replay.body()).contains("Request " + reference + " (Arabic): cancelled.");
        assertThat(LineTopicsTap.dispatchEvents(e -> e instanceof RequestOpened o
                && o.requestId().equals(requestId), WATCH)).hasSize(1);
        assertThat(records.byId(requestId).orElseThrow().status()).isEqualTo(RequestStatus.CANCELLED);
    }

    @Test
    void aReplayedCancel_doesNotCancelTheSendersNextRequest() throws Exception {
        String officer = registeredOfficer();
        String first = freshSid("SM");
        text(first, officer, "Nepali");
        await().atMost(KAFKA).until(() -> records.openFor(officer).isPresent());
        String cancel = freshSid("SM");
        String reference = records.byId(RequestIds.sms(first)).orElseThrow().reference();
        assertThat(text(cancel, officer, "CANCEL").body()).contains("Request " + reference + " cancelled.");
        await().atMost(KAFKA).until(() -> records.openFor(officer).isEmpty());
        String second = freshSid("SM");
        text(second, officer, "Swahili");
        String next = RequestIds.sms(second);
        await().atMost(KAFKA).until(() -> records.openFor(officer).map(r -> r.requestId().equals(next))
                .orElse(false));

        HttpResponse<String> replay = text(cancel, officer, "CANCEL");

        assertThat(replay.body()).contains("Request " + reference + " cancelled.");
        assertThat(LineTopicsTap.dispatchEvents(e -> e instanceof RequestCancelled c
                && c.requestId().equals(next), WATCH)).isEmpty();
        assertThat(records.byId(next).orElseThrow().status()).isEqualTo(RequestStatus.OPENED);
    }

    @Test
    void aReplayedOnText_doesNotFlipTheInterpretersPresenceAgain() throws Exception {
        String phone = freshPhone();
        String interpreterId = "int-" + UUID.randomUUID();
        LineTopicsTap.publish(Topics.ROSTER_INTERPRETERS, interpreterId, new InterpreterSnapshot(interpreterId,
                "default", "Ana Ruiz", phone, List.of("es"), 1, InterpreterStatus.OFFLINE, null, 0, Instant.now()));
        await().atMost(KAFKA).until(() -> interpreters.byPhone(phone).isPresent());
        String on = freshSid("SM");
        String first = text(on, phone, "ON").body();
        LineTopicsTap.awaitDispatchEvent(e -> e instanceof PresenceRequested p
                && p.interpreterId().equals(interpreterId), KAFKA);
        theLineHasReadEverythingPublishedSoFar();

        HttpResponse<String> replay = text(on, phone, "ON");

        assertThat(replay.body()).isEqualTo(first);
        assertThat(LineTopicsTap.dispatchEvents(e -> e instanceof PresenceRequested p
                && p.interpreterId().equals(interpreterId), WATCH)).hasSize(1);
    }

    @Test
    void twilioRetryingATextTheLineTook_getsTheSameAnswerAndNothingIsPublishedAgain() throws Exception {
        String officer = registeredOfficer();
        String sid = freshSid("SM");
        String first = text(sid, officer, "Somali").body();
        String requestId = RequestIds.sms(sid);
        await().atMost(KAFKA).until(() -> records.byId(requestId).filter(RequestRecord::opened).isPresent());

        HttpResponse<String> retry = text(sid, officer, "Somali");

        assertThat(retry.body()).isEqualTo(first);
        assertThat(LineTopicsTap.dispatchEvents(e -> e instanceof RequestOpened o
                && o.requestId().equals(requestId), WATCH)).hasSize(1);
    }

    @Test
    void aReplayedLanguageChoice_afterTheCallIsOver_opensNoSecondRequest() throws Exception {
        String officer = registeredOfficer();
        String callSid = freshSid("CA");
        Map<String, String> call = Map.of("CallSid", callSid, "From", officer, "Digits", "1");
        webhook("/twilio/voice/language?attempt=1", call);
        String requestId = RequestIds.voice(callSid);
        await().atMost(KAFKA).until(() -> records.byId(requestId).filter(RequestRecord::opened).isPresent());
        webhook("/twilio/voice/status", Map.of("CallSid", callSid, "From", officer, "CallStatus", "completed"));
        await().atMost(KAFKA).until(() -> records.byId(requestId).map(r -> r.status() == RequestStatus.CANCELLED)
                .orElse(false));

        HttpResponse<String> replay = webhook("/twilio/voice/language?attempt=1", call);

        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.body()).doesNotContain("<Conference").contains("<Hangup/>");
        assertThat(LineTopicsTap.dispatchEvents(e -> e instanceof RequestOpened o
                && o.requestId().equals(requestId), WATCH)).hasSize(1);
        assertThat(records.byId(requestId).orElseThrow().status()).isEqualTo(RequestStatus.CANCELLED);
    }

    @Test
    void twilioRetryingTheLanguageChoice_whileTheCallerWaits_getsTheSameConferenceAndNothingIsPublishedAgain()
            throws Exception {
        String officer = registeredOfficer();
        String callSid = freshSid("CA");
        Map<String, String> call = Map.of("CallSid", callSid, "From", officer, "Digits", "2");
        String first = webhook("/twilio/voice/language?attempt=1", call).body();
        String requestId = RequestIds.voice(callSid);
        await().atMost(KAFKA).until(() -> records.byId(requestId).filter(RequestRecord::opened).isPresent());

        HttpResponse<String> retry = webhook("/twilio/voice/language?attempt=1", call);

        assertThat(retry.body()).isEqualTo(first);
        assertThat(LineTopicsTap.dispatchEvents(e -> e instanceof RequestOpened o
                && o.requestId().equals(requestId), WATCH)).hasSize(1);
    }

    private String registeredOfficer() throws Exception {
        String officer = freshPhone();
        registerResponder("Officer Replay", officer, "Pittsburgh Police");
        return officer;
    }

    /**
     * dispatch.events is read in order: once a request opened after everything else is in the record, the record
     * (and what it keeps beside it) has read everything published before.
     */
    private void theLineHasReadEverythingPublishedSoFar() throws Exception {
        HttpResponse<String> opened = admin("POST", "/api/requests", """
                {"language": "es", "callbackNumber": "%s"}""".formatted(freshPhone()));
        assertThat(opened.statusCode()).isEqualTo(202);
        String id = opened.headers().firstValue("Location").orElseThrow().replace("/api/requests/", "");
        await().atMost(KAFKA).until(() -> records.byId(id).filter(RequestRecord::opened).isPresent());
    }

    private HttpResponse<String> text(String messageSid, String from, String body) throws Exception {
        return webhook("/twilio/sms", Map.of("MessageSid", messageSid, "From", from, "To", "+14125550100",
                "Body", body));
    }
}

package org.interpreterline.dispatch.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.interpreterline.dispatch.DispatchIntegrationTest;
import org.interpreterline.dispatch.LineTopicsTap;
import org.interpreterline.dispatch.requests.RequestIds;
import org.interpreterline.dispatch.requests.RequestRecord;
import org.interpreterline.dispatch.requests.RequestRecords;
import org.interpreterline.dispatch.requests.RequestStatus;
import org.interpreterline.events.Channel;
import org.interpreterline.events.RequestConference;
import org.interpreterline.events.Topics;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.notification.ConferenceEnded;
import org.interpreterline.events.notification.ParticipantJoined;
import org.interpreterline.events.notification.Party;
import org.interpreterline.events.roster.RequestAssigned;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code ALSO <language>}: a second interpreter for a connected call (relay). It opens a request of its own in the call's
 * conference; the call's record shows both interpreters; the call's conference events are the relay's too; the
 * officer's STATUS and CANCEL stay about the call; and a second language texted while connected says how to add it.
 */
class SecondInterpreterTest extends DispatchIntegrationTest {

    private static final Duration KAFKA = Duration.ofSeconds(15);

    @Autowired
    private RequestRecords records;

    private String officer;
    private String hostId;
    private String conference;

    @BeforeEach
    void anOfficerConnectedWithASpanishInterpreter() throws Exception {
        officer = freshPhone();
        registerResponder("Officer Lopez", officer, "Pittsburgh Police");
        String sid = freshSid("SM");
        text(sid, "Spanish");
        hostId = RequestIds.sms(sid);
        conference = RequestConference.nameOf(hostId);
        await().atMost(KAFKA).until(() -> records.byId(hostId).filter(RequestRecord::opened).isPresent());
        LineTopicsTap.publish(Topics.ROSTER_EVENTS, "default", new RequestAssigned(UUID.randomUUID(), Instant.now(),
                "default", hostId, "off-" + hostId, "int-ana", "Ana Ruiz", "es", Channel.SMS, officer, conference));
        LineTopicsTap.publish(Topics.NOTIFICATION_EVENTS, "default", new ParticipantJoined(UUID.randomUUID(),
                Instant.now(), "default", hostId, conference, "CF1", "CA-ana", Party.INTERPRETER));
        await().atMost(KAFKA).until(() -> status(hostId) == RequestStatus.CONNECTED);
    }

    @Test
    void alsoKicheOpensARelayInTheCallsConference_andTheCallShowsBothInterpreters_untilItEnds() throws Exception {
        HttpResponse<String> reply = text(freshSid("SM"), "ALSO K'iche'");

        String relayId = RequestIds.relay(hostId, "quc");
        RequestOpened relay = (RequestOpened) LineTopicsTap.awaitDispatchEvent(
                e -> e instanceof RequestOpened o && relayId.equals(o.requestId()), KAFKA);
        assertThat(reply.body()).containsPattern("Request [2-9A-HJ-NP-Z]{4}: finding a K'iche' interpreter to join "
                + "your call " + records.byId(hostId).orElseThrow().reference() + "\\. You will hear them join\\.");
        assertThat(relay.conferenceName()).isEqualTo(conference);
        assertThat(relay.language()).isEqualTo("quc");
        assertThat(relay.channel()).as("the officer is on the call").isEqualTo(Channel.VOICE);
        assertThat(relay.requesterPhone()).isEqualTo(officer);
        assertThat(relay.roster()).as("the call's, the home roster's").isEqualTo(HOME_ROSTER);

        LineTopicsTap.publish(Topics.ROSTER_EVENTS, "default", new RequestAssigned(UUID.randomUUID(), Instant.now(),
                "default", relayId, "off-" + relayId, "int-tum", "Rosa Tum", "quc", Channel.VOICE, officer,
                conference));
        LineTopicsTap.publish(Topics.NOTIFICATION_EVENTS, "default", new ParticipantJoined(UUID.randomUUID(),
                Instant.now(), "default", hostId, conference, "CF1", "CA-tum", Party.RELAY));

        await().atMost(KAFKA).until(() -> status(relayId) == RequestStatus.CONNECTED);
        await().atMost(KAFKA).untilAsserted(() -> assertThat(records.byId(hostId).orElseThrow().relays())
                .singleElement().satisfies(r -> {
                    assertThat(r.interpreterName()).isEqualTo("Rosa Tum");
                    assertThat(r.status()).isEqualTo(RequestStatus.CONNECTED);
                }));
        assertThat(records.byId(hostId).orElseThrow().interpreterName()).isEqualTo("Ana Ruiz");
        assertThat(text(freshSid("SM"), "STATUS").body()).as("STATUS is about the call").contains("Spanish")
                .contains("connected to Ana Ruiz");

        LineTopicsTap.publish(Topics.NOTIFICATION_EVENTS, "default", new ConferenceEnded(UUID.randomUUID(),
                Instant.now(), "default", hostId, conference, "CF1"));
        await().atMost(KAFKA).until(() -> status(hostId) == RequestStatus.ENDED && status(relayId) == RequestStatus.ENDED);
        assertThat(records.byId(hostId).orElseThrow().timeline())
                .anyMatch(e -> e.summary().contains("second interpreter joined the conference"));
    }

    @Test
    void aRelayStillLookedForWhenTheCallEndsIsCancelled() throws Exception {
        text(freshSid("SM"), "also mam");
        String relayId = RequestIds.relay(hostId, "mam");
        await().atMost(KAFKA).until(() -> records.byId(relayId).filter(RequestRecord::opened).isPresent());

        LineTopicsTap.publish(Topics.NOTIFICATION_EVENTS, "default", new ConferenceEnded(UUID.randomUUID(),
                Instant.now(), "default", hostId, conference, "CF1"));

        await().atMost(KAFKA).until(() -> status(relayId) == RequestStatus.CANCELLED);
    }

    @Test
    void askingTwiceAnswersWhereItStands_andTheSameLanguageOrNoneIsExplained() throws Exception {
        text(freshSid("SM"), "ALSO Mam");
        String relayId = RequestIds.relay(hostId, "mam");
        await().atMost(KAFKA).until(() -> records.byId(relayId).filter(RequestRecord::opened).isPresent());

        assertThat(text(freshSid("SM"), "ALSO Mam").body()).contains("a Mam interpreter for your call",
                "is already being found");
        assertThat(text(freshSid("SM"), "ALSO Spanish").body()).contains("already has a Spanish interpreter");
        assertThat(text(freshSid("SM"), "ALSO blorf").body()).contains("didn't recognise 'blorf' as a language",
                "Text ALSO and the language");
        assertThat(LineTopicsTap.dispatchEvents(e -> e instanceof RequestOpened o
                && conference.equals(o.conferenceName()) && !hostId.equals(o.requestId()), Duration.ofSeconds(1)))
                .hasSize(1);
    }

    @Test
    void aSecondLanguageTextedWhileConnectedSaysHowToAddIt() throws Exception {
        assertThat(text(freshSid("SM"), "Mam").body()).contains("You are on request", "with a Spanish interpreter",
                "text ALSO and the language", "For a new request instead, text CANCEL first.");
    }

    /**
     * "K'iche' via Spanish": nobody interprets K'iche' into English, some interpret it into Spanish. One text opens the
     * pair (an interpreter of K'iche' into Spanish) and its relay (a Spanish interpreter) on one call; CANCEL cancels
     * both.
     */
    @Test
    void kicheViaSpanishOpensThePairAndItsRelayAtOnce_andCancelCancelsBoth() throws Exception {
        String other = freshPhone();
        registerResponder("Officer Kim", other, "Pittsburgh Police");

        PairTexted texted = kicheViaSpanish(other, null);

        HttpResponse<String> reply = texted.reply();
        RequestOpened pair = texted.pair();
        RequestOpened relay = texted.relay();
        String pairId = pair.requestId();
        String relayId = relay.requestId();
        assertThat(pair.language()).isEqualTo("quc>es");
        assertThat(pair.channel()).isEqualTo(Channel.SMS);
        assertThat(relay.language()).isEqualTo("es");
        assertThat(relay.conferenceName()).isEqualTo(RequestConference.nameOf(pairId));
        assertThat(reply.body()).containsPattern("Request [2-9A-HJ-NP-Z]{4}: finding a K'iche' interpreter who "
                + "interprets into Spanish, and a Spanish interpreter for the same call\\. We will call you back");
        await().atMost(KAFKA).until(() -> records.byId(pairId).map(r -> r.relays().size()).orElse(0) == 1);
        assertThat(webhook("/twilio/sms", Map.of("MessageSid", freshSid("SM"), "From", other, "Body", "STATUS"))
                .body()).contains("(K'iche' into Spanish)");

        webhook("/twilio/sms", Map.of("MessageSid", freshSid("SM"), "From", other, "Body", "CANCEL"));

        await().atMost(KAFKA).until(() -> status(pairId) == RequestStatus.CANCELLED
                && status(relayId) == RequestStatus.CANCELLED);
    }

    /** A relay joins its call, so it is the call's roster's, whichever number the ALSO was texted to. */
    @Test
    void aRelayIsForTheRosterOfTheCallItJoins() throws Exception {
        String other = freshPhone();
        registerResponder("Officer Kim", other, "Pittsburgh EMS");
        String sid = freshSid("SM");
        webhook("/twilio/sms", Map.of("MessageSid", sid, "From", other, "To", EMS_NUMBER, "Body", "Spanish"));
        String emsCall = RequestIds.sms(sid);
        String emsConference = RequestConference.nameOf(emsCall);
        await().atMost(KAFKA).until(() -> records.byId(emsCall).filter(RequestRecord::opened).isPresent());
        LineTopicsTap.publish(Topics.ROSTER_EVENTS, "default", new RequestAssigned(UUID.randomUUID(), Instant.now(),
                "default", emsCall, "off-" + emsCall, "int-ana", "Ana Ruiz", "es", Channel.SMS, other,
                emsConference));
        LineTopicsTap.publish(Topics.NOTIFICATION_EVENTS, "default", new ParticipantJoined(UUID.randomUUID(),
                Instant.now(), "default", emsCall, emsConference, "CF2", "CA-ana", Party.INTERPRETER));
        await().atMost(KAFKA).until(() -> status(emsCall) == RequestStatus.CONNECTED);

        webhook("/twilio/sms", Map.of("MessageSid", freshSid("SM"), "From", other, "To", HOME_NUMBER,
                "Body", "ALSO K'iche'"));

        String relayId = RequestIds.relay(emsCall, "quc");
        RequestOpened relay = (RequestOpened) LineTopicsTap.awaitDispatchEvent(
                e -> e instanceof RequestOpened o && relayId.equals(o.requestId()), KAFKA);
        assertThat(relay.roster()).isEqualTo(EMS_ROSTER);
    }

    /** "K'iche' via Spanish" texted to a second roster's number: the pair and its relay are both that roster's. */
    @Test
    void aPairAndItsRelayTextedToASecondRosterAreBothThatRosters() throws Exception {
        String other = freshPhone();
        registerResponder("Officer Kim", other, "Pittsburgh EMS");

        PairTexted texted = kicheViaSpanish(other, EMS_NUMBER);

        assertThat(texted.pair().roster()).isEqualTo(EMS_ROSTER);
        assertThat(texted.relay().roster()).isEqualTo(EMS_ROSTER);
    }

    /** What one "K'iche' via Spanish" text opened, and the line's answer. */
    private record PairTexted(HttpResponse<String> reply, RequestOpened pair, RequestOpened relay) {
    }

    /** {@code phone} texts "K'iche' via Spanish" to {@code number} (null: the line's own): once both are opened. */
    private PairTexted kicheViaSpanish(String phone, String number) throws Exception {
        String sid = freshSid("SM");
        Map<String, String> form = new java.util.HashMap<>(Map.of("MessageSid", sid, "From", phone,
                "Body", "K'iche' via Spanish"));
        if (number != null) {
            form.put("To", number);
        }
        HttpResponse<String> reply = webhook("/twilio/sms", form);
        String pairId = RequestIds.sms(sid);
        String relayId = RequestIds.relay(pairId, "es");
        RequestOpened pair = (RequestOpened) LineTopicsTap.awaitDispatchEvent(
                e -> e instanceof RequestOpened o && pairId.equals(o.requestId()), KAFKA);
        RequestOpened relay = (RequestOpened) LineTopicsTap.awaitDispatchEvent(
                e -> e instanceof RequestOpened o && relayId.equals(o.requestId()), KAFKA);
        return new PairTexted(reply, pair, relay);
    }

    @Test
    void beforeTheCallIsConnectedAlsoWaits() throws Exception {
        String other = freshPhone();
        registerResponder("Officer Kim", other, "Pittsburgh Police");
        webhook("/twilio/sms", Map.of("MessageSid", freshSid("SM"), "From", other, "Body", "Spanish"));
        await().atMost(KAFKA).until(() -> records.openFor(other).isPresent());

        HttpResponse<String> early = webhook("/twilio/sms", Map.of("MessageSid", freshSid("SM"), "From", other,
                "Body", "ALSO Mam"));

        assertThat(early.body()).contains("is not connected yet", "text ALSO Mam again");
    }

    private RequestStatus status(String requestId) {
        return records.byId(requestId).map(RequestRecord::status).orElse(null);
    }

    private HttpResponse<String> text(String messageSid, String body) throws Exception {
        return webhook("/twilio/sms", Map.of("MessageSid", messageSid, "From", officer, "Body", body));
    }
}

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
import org.interpreterline.dispatch.requests.RequestRecords;
import org.interpreterline.events.Channel;
import org.interpreterline.events.InterpreterStatus;
import org.interpreterline.events.Priority;
import org.interpreterline.events.Topics;
import org.interpreterline.events.dispatch.PresenceRequested;
import org.interpreterline.events.dispatch.RequestCancelled;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.RequestConference;
import org.interpreterline.events.notification.ConferenceEnded;
import org.interpreterline.events.notification.ParticipantJoined;
import org.interpreterline.events.notification.Party;
import org.interpreterline.events.roster.InterpreterSnapshot;
import org.interpreterline.events.roster.RequestAssigned;
import org.interpreterline.events.roster.SameInterpreterOutcome;
import org.interpreterline.dispatch.requests.SameInterpreter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Texts to the line from responders, interpreters and strangers. */
class SmsIntakeTest extends DispatchIntegrationTest {

    private static final Duration KAFKA = Duration.ofSeconds(15);

    @Autowired
    RequestRecords records;

    @Autowired
    InterpreterPhones interpreters;

    private String officer;

    @BeforeEach
    void registeredOfficer() throws Exception {
        officer = freshPhone();
        registerResponder("Officer Brown", officer, "Pittsburgh Fire");
    }

    @Test
    void aLanguageOpensARequestAndTheAckGivesItsReference() throws Exception {
        String sid = freshSid("SM");
        HttpResponse<String> ack = text(sid, officer, "Arabic");

        assertThat(ack.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
        assertThat(ack.body()).matches("<\\?xml.*><Response><Message>Request [2-9A-HJ-NP-Z]{4}: finding an Arabic "
                + "interpreter\\. We will call you back at this number\\. Text CANCEL to cancel\\.</Message></Response>");
        RequestOpened opened = (RequestOpened) LineTopicsTap.awaitDispatchEvent(
                e -> e instanceof RequestOpened o && RequestIds.sms(sid).equals(o.requestId()), KAFKA);
        assertThat(opened.channel()).isEqualTo(Channel.SMS);
        assertThat(opened.language()).isEqualTo("ar");
        assertThat(opened.priority()).isEqualTo(Priority.URGENT);
        assertThat(opened.requesterPhone()).isEqualTo(officer);
        assertThat(opened.requesterCallSid()).isNull();
        assertThat(opened.agency()).isEqualTo("Pittsburgh Fire");
        assertThat(opened.roster()).as("texted to the home number").isEqualTo(HOME_ROSTER);
        assertThat(ack.body()).contains("Request " + opened.reference() + ":");
    }

    @Test
    void aTextToASecondRostersNumberOpensARequestOfThatRoster() throws Exception {
        String sid = freshSid("SM");
        webhook("/twilio/sms", Map.of("MessageSid", sid, "From", officer, "To", EMS_NUMBER, "Body", "Arabic"));

        RequestOpened opened = (RequestOpened) LineTopicsTap.awaitDispatchEvent(
                e -> e instanceof RequestOpened o && RequestIds.sms(sid).equals(o.requestId()), KAFKA);
        assertThat(opened.roster()).isEqualTo(EMS_ROSTER);
        assertThat(opened.rosterId()).as("the deployment's key, for every roster").isEqualTo("default");
        await().atMost(KAFKA).until(() -> records.byId(RequestIds.sms(sid)).filter(r -> r.reference() != null)
                .isPresent());
        assertThat(records.byId(RequestIds.sms(sid)).orElseThrow().roster()).isEqualTo(EMS_ROSTER);
    }

    @Test
    void aNulOrControlCharacterInTheBodyStillGetsAReply() throws Exception {
        HttpResponse<String> ack = text(freshSid("SM"), officer, "kling\u0000on\u0007 \uD83D");

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).contains("<Response><Message>").doesNotContain("\u0000");
    }

    @Test
    void anEmergencyTextKeepsItsNoteAndIsAnEmergency() throws Exception {
        String sid = freshSid("SM");
        text(sid, officer, "spanish EMERGENCY - victim at 5th and Main");

        RequestOpened opened = (RequestOpened) LineTopicsTap.awaitDispatchEvent(
                e -> e instanceof RequestOpened o && RequestIds.sms(sid).equals(o.requestId()), KAFKA);
        assertThat(opened.language()).isEqualTo("es");
        assertThat(opened.priority()).isEqualTo(Priority.EMERGENCY);
        assertThat(opened.note()).isEqualTo("spanish EMERGENCY - victim at 5th and Main");
    }

    @Test
    void cancelAndStatusWorkOnTheOpenRequest() throws Exception {
        assertThat(text(freshSid("SM"), officer, "STATUS").body()).contains("You have no request in progress.");
        assertThat(text(freshSid("SM"), officer, "cancel").body())
                .contains("You have no request in progress to cancel.");

        String sid = freshSid("SM");
        text(sid, officer, "Nepali");
        String requestId = RequestIds.sms(sid);
        await().atMost(KAFKA).until(() -> records.openFor(officer).isPresent());
        String reference = records.byId(requestId).orElseThrow().reference();

        assertThat(text(freshSid("SM"), officer, "Status?").body())
                .contains("Request " + reference + " (Nepali): looking for an interpreter.");
        assertThat(text(freshSid("SM"), officer, "Somali").body())
                .contains("You already have request " + reference + " for Nepali open. Text CANCEL to end it, then "
                        + "the language you need now; or STATUS for news.");
        assertThat(text(freshSid("SM"), officer, "Cancel").body()).contains("Request " + reference + " cancelled.");

        RequestCancelled cancelled = (RequestCancelled) LineTopicsTap.awaitDispatchEvent(
                e -> e instanceof RequestCancelled c && requestId.equals(c.requestId()), KAFKA);
        assertThat(cancelled.reason()).isEqualTo(RequestCancelled.Reason.REQUESTER_TEXTED_CANCEL);
        await().atMost(KAFKA).until(() -> records.openFor(officer).isEmpty());
    }

    @Test
    void helpListsTheCommandsAndTheMenuLanguages() throws Exception {
        assertThat(text(freshSid("SM"), officer, "HELP").body()).contains(
                "text a language (Spanish, Arabic, Chinese (Mandarin), Nepali, Swahili or any other)", "STATUS",
                "CANCEL", "EMERGENCY", "AGAIN: the interpreter from your last call");
    }

    @Test
    void gibberishGetsAHelpfulReply() throws Exception {
        assertThat(text(freshSid("SM"), officer, "xyzzy").body()).contains(
                "Sorry, we didn't recognise 'xyzzy'. Text a language such as Spanish, Arabic or Nepali, or HELP.");
    }

    @Test
    void anUnknownNumberIsToldItIsNotRegisteredAndWhatToDo() throws Exception {
        String stranger = freshPhone();
        HttpResponse<String> reply = text(freshSid("SM"), stranger, "Spanish");

        assertThat(reply.body()).contains("This number is not registered with the Interpreter Line.",
                "ask your agency", "call this number and enter your agency PIN", "call " + FALLBACK);
        assertThat(LineTopicsTap.dispatchEvents(e -> e instanceof RequestOpened o
                && stranger.equals(o.requesterPhone()), Duration.ofMillis(500))).isEmpty();
    }

    @Test
    void anInterpreterTextsOnAndStatus() throws Exception {
        String phone = freshPhone();
        String interpreterId = "int-" + UUID.randomUUID();
        LineTopicsTap.publish(Topics.ROSTER_INTERPRETERS, interpreterId, new InterpreterSnapshot(interpreterId,
                "default", "Ana Ruiz", phone, List.of("es", "pt"), 1, InterpreterStatus.OFFLINE, null, 0,
                Instant.now()));
        await().atMost(KAFKA).until(() -> interpreters.byPhone(phone).isPresent());

        String sid = freshSid("SM");
        assertThat(text(sid, phone, "on").body()).contains("You are ON: we'll call you for Spanish, Portuguese.");
        PresenceRequested requested = (PresenceRequested) LineTopicsTap.awaitDispatchEvent(
                e -> e instanceof PresenceRequested p && interpreterId.equals(p.interpreterId()), KAFKA);
        assertThat(requested.requested()).isEqualTo(PresenceRequested.Presence.ON);
        assertThat(requested.rosterId()).isEqualTo("default");

        assertThat(text(freshSid("SM"), phone, "STATUS").body()).contains("You are OFF.",
                "Languages: Spanish, Portuguese.");
        assertThat(text(freshSid("SM"), phone, "hello").body()).contains("text ON to take calls");
    }

    @Test
    void againAsksForTheInterpreterOfTheOfficersOwnLastConnectedRequest_inItsLanguage() throws Exception {
        assertThat(text(freshSid("SM"), officer, "AGAIN").body())
                .contains("We found no earlier call of yours with an interpreter.");

        // a Nepali request an interpreter joined, and is over
        String sid = freshSid("SM");
        text(sid, officer, "Nepali");
        String earlierId = RequestIds.sms(sid);
        String interpreterId = "int-" + UUID.randomUUID();
        connectAndEnd(earlierId, interpreterId, "Bishnu Thapa", "ne");
        String earlier = records.byId(earlierId).orElseThrow().reference();

        String other = freshPhone();
        registerResponder("Officer Other", other, "Pittsburgh Fire");
        assertThat(text(freshSid("SM"), other, "again " + earlier).body()).as("only the officer's own request")
                .contains("We found no call of yours with an interpreter under request " + earlier);

        String againSid = freshSid("SM");
        assertThat(text(againSid, officer, "AGAIN " + earlier).body()).contains(
                "asking your interpreter from request " + earlier + " (Nepali) first. We will call you back");
        RequestOpened opened = (RequestOpened) LineTopicsTap.awaitDispatchEvent(
                e -> e instanceof RequestOpened o && RequestIds.sms(againSid).equals(o.requestId()), KAFKA);
        assertThat(opened.preferredInterpreterId()).isEqualTo(interpreterId);
        assertThat(opened.language()).isEqualTo("ne");
        await().atMost(KAFKA).until(() -> records.byId(opened.requestId())
                .map(r -> r.sameInterpreter() == SameInterpreter.ASKED).orElse(false));

        // the roster says they declined: the record and its timeline say so
        LineTopicsTap.publish(Topics.ROSTER_EVENTS, "default", new SameInterpreterOutcome(UUID.randomUUID(),
                Instant.now(), "default", opened.requestId(), interpreterId, "Bishnu Thapa", "ne", Channel.SMS, officer,
                SameInterpreterOutcome.Outcome.DECLINED));
        await().atMost(KAFKA).until(() -> records.byId(opened.requestId())
                .map(r -> r.sameInterpreter() == SameInterpreter.ANYONE).orElse(false));
        assertThat(records.byId(opened.requestId()).orElseThrow().timeline()).anyMatch(e -> e.summary()
                .equals("the interpreter from last time, Bishnu Thapa, declined: offering it to anyone"));
        assertThat(text(freshSid("SM"), officer, "cancel").body()).contains("cancelled");
    }

    /** What the roster and notification-service publish for a request whose interpreter joined, then the end. */
    private void connectAndEnd(String requestId, String interpreterId, String name, String language) {
        await().atMost(KAFKA).until(() -> records.byId(requestId).isPresent());
        String conference = RequestConference.nameOf(requestId);
        LineTopicsTap.publish(Topics.ROSTER_EVENTS, "default", new RequestAssigned(UUID.randomUUID(), Instant.now(),
                "default", requestId, "off-" + requestId, interpreterId, name, language, Channel.SMS, officer,
                conference));
        LineTopicsTap.publish(Topics.NOTIFICATION_EVENTS, "default", new ParticipantJoined(UUID.randomUUID(),
                Instant.now(), "default", requestId, conference, "CF1", "CA1", Party.INTERPRETER));
        LineTopicsTap.publish(Topics.NOTIFICATION_EVENTS, "default", new ConferenceEnded(UUID.randomUUID(),
                Instant.now(), "default", requestId, conference, "CF1"));
        await().atMost(KAFKA).until(() -> records.byId(requestId).map(r -> r.status().finished()).orElse(false));
    }

    @Test
    void afterCancelTheOfficerMayAskForANewRequest() throws Exception {
        String first = freshSid("SM");
        text(first, officer, "Somali");
        await().atMost(KAFKA).until(() -> records.openFor(officer).isPresent());
        String firstReference = records.byId(RequestIds.sms(first)).orElseThrow().reference();
        assertThat(text(freshSid("SM"), officer, "Spanish").body()).contains("You already have request "
                + firstReference + " for Somali open. Text CANCEL to end it");
        assertThat(text(freshSid("SM"), officer, "CANCEL").body()).contains("Request " + firstReference + " cancelled.");
        await().atMost(KAFKA).until(() -> records.openFor(officer).isEmpty());

        String second = freshSid("SM");
        assertThat(text(second, officer, "Spanish").body()).contains(": finding a Spanish interpreter.");
        RequestOpened opened = (RequestOpened) LineTopicsTap.awaitDispatchEvent(
                e -> e instanceof RequestOpened o && RequestIds.sms(second).equals(o.requestId()), KAFKA);
        assertThat(opened.language()).isEqualTo("es");
    }

    private HttpResponse<String> text(String messageSid, String from, String body) throws Exception {
        return webhook("/twilio/sms", Map.of("MessageSid", messageSid, "From", from, "To", HOME_NUMBER,
                "Body", body, "AccountSid", "AC00000000000000000000000000000000", "NumMedia", "0"));
    }
}

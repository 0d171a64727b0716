package org.interpreterline.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.common.errors.SerializationException;
import org.interpreterline.events.calls.CallNotPlaced;
import org.interpreterline.events.calls.CallPlaced;
import org.interpreterline.events.calls.CallPurpose;
import org.interpreterline.events.calls.CallbackProgressed;
import org.interpreterline.events.calls.ConferenceReported;
import org.interpreterline.events.calls.KeyPressed;
import org.interpreterline.events.calls.OfferCallProgressed;
import org.interpreterline.events.calls.OfferPickedUp;
import org.interpreterline.events.calls.PromptUnanswered;
import org.interpreterline.events.calls.TextNotSent;
import org.interpreterline.events.calls.TextSent;
import org.interpreterline.events.dispatch.DispatchEvent;
import org.interpreterline.events.dispatch.PinAccepted;
import org.interpreterline.events.dispatch.PinAttempt;
import org.interpreterline.events.dispatch.PinRejected;
import org.interpreterline.events.dispatch.PresenceRequested;
import org.interpreterline.events.dispatch.PutResponder;
import org.interpreterline.events.dispatch.RemoveResponder;
import org.interpreterline.events.dispatch.ResponderCommand;
import org.interpreterline.events.dispatch.RequestCancelled;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.dispatch.SpokenNoteRecorded;
import org.interpreterline.events.dispatch.Responder;
import org.interpreterline.events.notification.ConferenceEnded;
import org.interpreterline.events.notification.MessageFailed;
import org.interpreterline.events.notification.MessagePurpose;
import org.interpreterline.events.notification.MessageSent;
import org.interpreterline.events.notification.NotificationEvent;
import org.interpreterline.events.notification.OfferAnswered;
import org.interpreterline.events.notification.OfferNotAnswered;
import org.interpreterline.events.notification.ParticipantJoined;
import org.interpreterline.events.notification.ParticipantLeft;
import org.interpreterline.events.notification.Party;
import org.interpreterline.events.roster.InterpreterSnapshot;
import org.interpreterline.events.roster.InterpreterStatusChanged;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.events.roster.OfferWithdrawn;
import org.interpreterline.events.roster.PutInterpreter;
import org.interpreterline.events.roster.RemoveInterpreter;
import org.interpreterline.events.roster.RequestAssigned;
import org.interpreterline.events.roster.RequestEscalated;
import org.interpreterline.events.roster.RequestQueued;
import org.interpreterline.events.roster.RosterCommand;
import org.interpreterline.events.roster.RosterEvent;
import org.interpreterline.events.roster.SetAvailability;
import org.interpreterline.events.roster.SetPresence;
import org.interpreterline.events.roster.UsualHours;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventJsonTest {

    private static final Instant AT = Instant.parse("2026-11-23T02:15:30.123Z");
    private static final String ROSTER = Rosters.DEFAULT;
    private static final String REQ = "7f0c1c4e-2b7a-4c55-9a43-1d2f3e4a5b6c";
    private static final String NOTE_SID = "RE0123456789abcdef0123456789abcdef";

    static UUID id() {
        return UUID.randomUUID();
    }

    static Stream<Object[]> everyEvent() {
        return Stream.of(
                new Object[] {Topics.DISPATCH_EVENTS, new RequestOpened(id(), AT, ROSTER, REQ, "K7Q2", "es",
                        Channel.VOICE, Priority.EMERGENCY, "Pittsburgh Police", "Officer Diaz", "+14125550101",
                        "CA123", "domestic call, victim upstairs", RequestConference.nameOf(REQ))},
                new Object[] {Topics.DISPATCH_EVENTS, new RequestOpened(id(), AT, ROSTER, REQ, "M3X8", "es",
                        Channel.SMS, Priority.URGENT, "Pittsburgh Police", "Officer Diaz", "+14125550101",
                        null, null, RequestConference.nameOf(REQ), "int-1")},
                new Object[] {Topics.DISPATCH_EVENTS, new RequestOpened(id(), AT, ROSTER, REQ, "D4V1", "es",
                        Channel.SMS, Priority.URGENT, "Pittsburgh Police", "Officer Diaz", "+14125550101",
                        null, "DV, child present", RequestConference.nameOf(REQ), null,
                        List.of(CallFlag.DOMESTIC_VIOLENCE, CallFlag.CHILD))},
                new Object[] {Topics.DISPATCH_EVENTS, new org.interpreterline.events.dispatch.RequesterHungUp(id(), AT,
                        ROSTER, REQ, "CA9")},
                new Object[] {Topics.DISPATCH_EVENTS, new org.interpreterline.events.dispatch.RequestFlagged(id(), AT,
                        ROSTER, REQ, List.of(CallFlag.CHILD))},
                new Object[] {Topics.DISPATCH_EVENTS, new SpokenNoteRecorded(id(),
                        AT, ROSTER, REQ, NOTE_SID, "https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/"
                        + NOTE_SID, 7)},
                new Object[] {Topics.DISPATCH_EVENTS, new org.interpreterline.events.dispatch.ToughCallReported(id(),
                        AT, ROSTER, "int-1")},
                new Object[] {Topics.ROSTER_EVENTS, new OfferMade(id(), AT, ROSTER, REQ, "off-2", "int-1", "Ana",
                        "+14125550199", "es", "Pittsburgh Police", Priority.URGENT, "DV", Channel.SMS,
                        "+14125550101", null, RequestConference.nameOf(REQ), AT.plusSeconds(40), 1,
                        List.of(CallFlag.DEATH))},
                new Object[] {Topics.ROSTER_EVENTS, new org.interpreterline.events.roster.SameInterpreterOutcome(id(),
                        AT, ROSTER, REQ, "int-1", "Ana", "es", Channel.SMS, "+14125550101",
                        org.interpreterline.events.roster.SameInterpreterOutcome.Outcome.DECLINED)},
                new Object[] {Topics.DISPATCH_EVENTS, new RequestCancelled(id(), AT, ROSTER, REQ,
                        RequestCancelled.Reason.REQUESTER_HUNG_UP)},
                new Object[] {Topics.DISPATCH_EVENTS, new PresenceRequested(id(), AT, ROSTER, "int-1",
                        PresenceRequested.Presence.BREAK)},
                new Object[] {Topics.DISPATCH_EVENTS, new org.interpreterline.events.dispatch.CanaryRequested(id(), AT,
                        ROSTER, "canary-1", "ne")},
                new Object[] {Topics.DISPATCH_EVENTS, new org.interpreterline.events.dispatch.CancelTexted(id(), AT,
                        ROSTER, "+14125550142", "SM123")},
                new Object[] {Topics.ROSTER_EVENTS, new org.interpreterline.events.roster.CanaryChecked(id(), AT,
                        ROSTER, "canary-1", "ne", 1, 2, "int-1")},
                new Object[] {Topics.DISPATCH_PIN_ATTEMPTS, new PinRejected(id(), AT, ROSTER,
                        "6b2f0e1c9d7a4b3e8f5a2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f", "CA123")},
                new Object[] {Topics.DISPATCH_PIN_ATTEMPTS, new PinAccepted(id(), AT, ROSTER,
                        "6b2f0e1c9d7a4b3e8f5a2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f", "CA123",
                        "Allegheny County Sheriff")},
                new Object[] {Topics.DISPATCH_RESPONDER_COMMANDS, new PutResponder(id(), AT, ROSTER, "resp-1",
                        "Officer Diaz", "+14125550101", "Pittsburgh Police", "4711")},
                new Object[] {Topics.DISPATCH_RESPONDER_COMMANDS, new RemoveResponder(id(), AT, ROSTER, "resp-1")},
                new Object[] {Topics.LINE_AUDIT, new org.interpreterline.events.audit.AdminRequestServed(id(), AT,
                        ROSTER, "dispatch-service", "admin", "GET", "/api/requests", "language=es", 200, 12)},
                new Object[] {Topics.ROSTER_EVENTS, new OfferMade(id(), AT, ROSTER, REQ, "off-1", "int-1", "Ana",
                        "+14125550199", "es", "Pittsburgh Police", Priority.ROUTINE, null, Channel.SMS,
                        "+14125550101", null, RequestConference.nameOf(REQ), AT.plusSeconds(40), 1)},
                new Object[] {Topics.ROSTER_EVENTS, new OfferWithdrawn(id(), AT, ROSTER, REQ, "off-1", "int-1",
                        OfferWithdrawn.Reason.REQUEST_CANCELLED)},
                new Object[] {Topics.ROSTER_EVENTS, new RequestQueued(id(), AT, ROSTER, REQ, "ne", 2)},
                new Object[] {Topics.ROSTER_EVENTS, new RequestAssigned(id(), AT, ROSTER, REQ, "off-1", "int-1",
                        "Ana", "es", Channel.API, "+14125550101", RequestConference.nameOf(REQ))},
                new Object[] {Topics.ROSTER_EVENTS, new RequestEscalated(id(), AT, ROSTER, REQ, "so",
                        Channel.VOICE, RequestEscalated.Reason.NO_INTERPRETER_FOR_LANGUAGE, "+18005550000",
                        "+14125550101", "CA123")},
                new Object[] {Topics.ROSTER_EVENTS, new InterpreterStatusChanged(id(), AT, ROSTER, "int-1",
                        "+14125550199", InterpreterStatus.AVAILABLE, InterpreterStatus.OFFERED, "offered K7Q2")},
                new Object[] {Topics.ROSTER_COMMANDS, new PutInterpreter(id(), AT, ROSTER, "int-1", "Ana",
                        "+14125550199", List.of("es", "pt"), 1)},
                new Object[] {Topics.ROSTER_COMMANDS, new RemoveInterpreter(id(), AT, ROSTER, "int-1")},
                new Object[] {Topics.ROSTER_COMMANDS, new SetPresence(id(), AT, ROSTER, "int-1",
                        InterpreterStatus.BREAK)},
                new Object[] {Topics.ROSTER_COMMANDS, new SetAvailability(id(), AT, ROSTER, "int-1",
                        List.of(new UsualHours(java.time.DayOfWeek.TUESDAY, 0, 6)))},
                new Object[] {Topics.ROSTER_INTERPRETERS, new InterpreterSnapshot("int-1", ROSTER, "Ana",
                        "+14125550199", List.of("es"), 2, InterpreterStatus.AVAILABLE, AT, 1, AT)},
                new Object[] {Topics.DISPATCH_EVENTS, new org.interpreterline.events.dispatch.LanguageCardChosen(id(),
                        AT, ROSTER, "+14125550101", "ti")},
                new Object[] {Topics.DISPATCH_EVENTS, new org.interpreterline.events.dispatch.LanguageCardUsed(id(), AT,
                        ROSTER, REQ, "ti")},
                new Object[] {Topics.DISPATCH_LANGUAGE_CARDS, new org.interpreterline.events.dispatch.LanguageCard(
                        "+14125550101", AT, AT.plusSeconds(3600), "ti", AT.plusSeconds(60), REQ)},
                new Object[] {Topics.DISPATCH_RESPONDERS, new Responder("resp-1", "Officer Diaz", "+14125550101",
                        "Pittsburgh Police", "4711")},
                new Object[] {Topics.NOTIFICATION_EVENTS, new OfferAnswered(id(), AT, ROSTER, REQ, "off-1", "int-1",
                        OfferAnswered.Answer.ACCEPTED, "CA9")},
                new Object[] {Topics.NOTIFICATION_EVENTS, new OfferNotAnswered(id(), AT, ROSTER, REQ, "off-1",
                        "int-1", OfferNotAnswered.Outcome.BUSY, "CA9")},
                new Object[] {Topics.NOTIFICATION_EVENTS, new ParticipantJoined(id(), AT, ROSTER, REQ,
                        RequestConference.nameOf(REQ), "CF1", "CA9", Party.INTERPRETER)},
                new Object[] {Topics.NOTIFICATION_EVENTS, new ParticipantLeft(id(), AT, ROSTER, REQ,
                        RequestConference.nameOf(REQ), "CF1", "CA9", Party.REQUESTER)},
                new Object[] {Topics.NOTIFICATION_EVENTS, new ConferenceEnded(id(), AT, ROSTER, REQ,
                        RequestConference.nameOf(REQ), "CF1")},
                new Object[] {Topics.NOTIFICATION_EVENTS, new MessageSent(id(), AT, ROSTER, REQ, "SM1",
                        "+14125550101", MessagePurpose.ACKNOWLEDGED)},
                new Object[] {Topics.NOTIFICATION_EVENTS, new MessageFailed(id(), AT, ROSTER, null, "+14125550101",
                        MessagePurpose.PRESENCE, "21610 unsubscribed recipient")},
                new Object[] {Topics.NOTIFICATION_CALLS, new OfferCallProgressed(id(), AT, ROSTER, "off-1", "CA9",
                        "ringing")},
                new Object[] {Topics.NOTIFICATION_CALLS, new OfferPickedUp(id(), AT, ROSTER, "off-1", "CA9", true)},
                new Object[] {Topics.NOTIFICATION_CALLS, new PromptUnanswered(id(), AT, ROSTER, "off-1", "CA9")},
                new Object[] {Topics.NOTIFICATION_CALLS, new KeyPressed(id(), AT, ROSTER, "off-1", "1", "CA9")},
                new Object[] {Topics.NOTIFICATION_CALLS, new ConferenceReported(id(), AT, ROSTER, REQ,
                        "participant-leave", "CF1", RequestConference.nameOf(REQ), "CA9", "interpreter", "completed")},
                new Object[] {Topics.NOTIFICATION_CALLS, new CallPlaced(id(), AT, ROSTER, CallPurpose.OFFER, REQ,
                        "off-1", "CA9", false)},
                new Object[] {Topics.NOTIFICATION_CALLS, new CallNotPlaced(id(), AT, ROSTER, CallPurpose.CALLBACK,
                        REQ, null, "21215 geo permissions", false, false)},
                new Object[] {Topics.NOTIFICATION_CALLS, new CallbackProgressed(id(), AT, ROSTER, REQ, "CA8",
                        CallbackProgressed.VOICEMAIL)},
                new Object[] {Topics.NOTIFICATION_CALLS, new TextSent(id(), AT, ROSTER, REQ, "+14125550101",
                        MessagePurpose.QUEUED, "SM1")},
                new Object[] {Topics.NOTIFICATION_CALLS, new TextNotSent(id(), AT, ROSTER, null, "+14125550101",
                        MessagePurpose.PAUSED, "21610 unsubscribed recipient")},
                new Object[] {Topics.DISPATCH_EVENTS, new org.interpreterline.events.dispatch.ResidentAddRequested(
                        id(), AT, ROSTER, REQ, REQ + "/add-1", "c2VhbGVk", "***0199")},
                new Object[] {Topics.DISPATCH_RESIDENT_KEYS, new org.interpreterline.events.dispatch.ResidentKey(
                        REQ + "/add-1", REQ, "a2V5", true)},
                new Object[] {Topics.NOTIFICATION_CALLS, new org.interpreterline.events.calls.ResidentCallProgressed(
                        id(), AT, ROSTER, REQ, "add-1", "CA9", "busy")},
                new Object[] {Topics.NOTIFICATION_EVENTS, new org.interpreterline.events.notification.ResidentCallOutcome(
                        id(), AT, ROSTER, REQ, "add-1", "***0199",
                        org.interpreterline.events.notification.ResidentCallOutcome.Outcome.NO_ANSWER)});
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("everyEvent")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void everyEventSurvivesTheRoundTrip(Topic topic, Object event) {
        byte[] bytes = topic.valueSerde().serializer().serialize(topic.name(), event);
        Object read = topic.valueSerde().deserializer().deserialize(topic.name(), bytes);

        assertThat(read).isEqualTo(event).isExactlyInstanceOf(event.getClass());
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("everyEvent")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void eventsCarryTheirTypeOnTheWire(Topic topic, Object event) {
        String json = new String(topic.valueSerde().serializer().serialize(topic.name(), event),
                StandardCharsets.UTF_8);
        if (event instanceof LineEvent e) {
            assertThat(json).contains("\"type\":\"" + event.getClass().getSimpleName() + "\"")
                    .contains("\"eventId\":\"" + e.eventId() + "\"")
                    .contains("\"occurredAt\":\"2026-11-23T02:15:30.123Z\"");
            assertThat(json.indexOf("\"type\"")).isEqualTo(json.lastIndexOf("\"type\""));
        } else {
            assertThat(json).doesNotContain("\"type\"");
        }
    }

    @Test
    void everyEventTypeOfEveryTopicIsCovered() {
        List<Class<?>> covered = everyEvent().<Class<?>>map(a -> a[1].getClass()).toList();
        for (Class<?> sealed : List.of(DispatchEvent.class, PinAttempt.class, ResponderCommand.class, RosterEvent.class, RosterCommand.class,
                NotificationEvent.class, org.interpreterline.events.audit.AuditEvent.class)) {
            assertThat(covered).contains(sealed.getPermittedSubclasses());
        }
    }

    @Test
    void aNewerProducersExtraFieldsAreIgnored() {
        String json = """
                {"type":"RequestQueued","eventId":"0b6f0a5e-8a43-4a4e-9d5c-3c8d8f6e7a11",
                 "occurredAt":"2026-11-23T02:15:30Z","rosterId":"default","requestId":"r-1",
                 "language":"ne","position":3,"estimatedWaitSeconds":90,"addedIn":{"version":2}}
                """;
        RosterEvent read = Topics.ROSTER_EVENTS.valueSerde().deserializer()
                .deserialize(Topics.ROSTER_EVENTS.name(), json.getBytes(StandardCharsets.UTF_8));

        assertThat(read).isEqualTo(new RequestQueued(UUID.fromString("0b6f0a5e-8a43-4a4e-9d5c-3c8d8f6e7a11"),
                Instant.parse("2026-11-23T02:15:30Z"), "default", "r-1", "ne", 3));
    }

    /** An older dispatch-service's opening has no preferred interpreter: it is a request for anyone. */
    @Test
    void anOpeningWithoutAPreferredInterpreterIsForAnyone() {
        String json = """
                {"type":"RequestOpened","eventId":"0b6f0a5e-8a43-4a4e-9d5c-3c8d8f6e7a11",
                 "occurredAt":"2026-11-23T02:15:30Z","rosterId":"default","requestId":"r-1","reference":"K7Q2",
                 "language":"es","channel":"SMS","priority":"URGENT","requesterPhone":"+14125550101"}
                """;
        DispatchEvent read = Topics.DISPATCH_EVENTS.valueSerde().deserializer()
                .deserialize(Topics.DISPATCH_EVENTS.name(), json.getBytes(StandardCharsets.UTF_8));

        assertThat(read).isInstanceOfSatisfying(RequestOpened.class,
                o -> assertThat(o.preferredInterpreterId()).isNull());
    }

    /** An opening or an offer written before flags existed carries none: an ordinary call. */
    @Test
    void eventsWithoutFlagsAreUnflagged() {
        String opened = """
                {"type":"RequestOpened","eventId":"0b6f0a5e-8a43-4a4e-9d5c-3c8d8f6e7a11",
                 "occurredAt":"2026-11-23T02:15:30Z","rosterId":"default","requestId":"r-1","reference":"K7Q2",
                 "language":"es","channel":"SMS","priority":"URGENT","requesterPhone":"+14125550101"}
                """;
        String offer = """
                {"type":"OfferMade","eventId":"0b6f0a5e-8a43-4a4e-9d5c-3c8d8f6e7a12",
                 "occurredAt":"2026-11-23T02:15:30Z","rosterId":"default","requestId":"r-1","offerId":"o-1",
                 "interpreterId":"int-1","language":"es","attempt":1}
                """;
        DispatchEvent readOpened = Topics.DISPATCH_EVENTS.valueSerde().deserializer()
                .deserialize(Topics.DISPATCH_EVENTS.name(), opened.getBytes(StandardCharsets.UTF_8));
        Object readOffer = Topics.ROSTER_EVENTS.valueSerde().deserializer()
                .deserialize(Topics.ROSTER_EVENTS.name(), offer.getBytes(StandardCharsets.UTF_8));

        assertThat(readOpened).isInstanceOfSatisfying(RequestOpened.class, o -> {
            assertThat(o.flags()).isEmpty();
            assertThat(o.flagged()).isFalse();
        });
        assertThat(readOffer).isInstanceOfSatisfying(OfferMade.class, o -> assertThat(o.flags()).isEmpty());
    }

    @Test
    @Timeout(5)
    void garbageFailsAtOnceNamingTopicAndType() {
        byte[] garbage = {(byte) 0xff, 0x00, 0x13, '{', '"', 'x'};

        assertThatThrownBy(() -> Topics.DISPATCH_EVENTS.valueSerde().deserializer()
                .deserialize("dispatch.events", garbage))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("DispatchEvent")
                .hasMessageContaining("dispatch.events");
    }

    @Test
    void anUnknownEventTypeIsAClearError() {
        byte[] json = "{\"type\":\"RequestTeleported\",\"eventId\":\"0b6f0a5e-8a43-4a4e-9d5c-3c8d8f6e7a11\"}"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Topics.DISPATCH_EVENTS.valueSerde().deserializer().deserialize("dispatch.events", json))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("RequestTeleported");
    }

    @Test
    void anEventMissingItsIdIsRejectedNotHalfRead() {
        byte[] json = "{\"type\":\"RequestCancelled\",\"requestId\":\"r-1\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Topics.DISPATCH_EVENTS.valueSerde().deserializer().deserialize("dispatch.events", json))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("eventId");
    }

    /** The URL is played to interpreters: an event naming another address is refused, so it never reaches a prompt. */
    @Test
    void aSpokenNoteMustBeTheRecordingItNames() {
        String elsewhere = "{\"type\":\"SpokenNoteRecorded\",\"eventId\":\"0b6f0a5e-8a43-4a4e-9d5c-3c8d8f6e7a11\","
                + "\"requestId\":\"r-1\",\"recordingSid\":\"" + NOTE_SID + "\","
                + "\"recordingUrl\":\"https://evil.example/prank.mp3\",\"seconds\":3}";

        assertThatThrownBy(() -> Topics.DISPATCH_EVENTS.valueSerde().deserializer().deserialize("dispatch.events",
                elsewhere.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("not a Twilio recording");
        assertThat(SpokenNoteRecorded.isRecording("RE1", "https://api.twilio.com/x/Recordings/RE1")).isFalse();
        assertThat(SpokenNoteRecorded.isRecording(NOTE_SID, "https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/"
                + NOTE_SID)).isTrue();
        assertThat(SpokenNoteRecorded.isRecording(NOTE_SID, "javascript:alert(1)//Recordings/" + NOTE_SID)).isFalse();
    }

    /** A relay names the conference of the call it joins; everything else names its own, or none (older events). */
    @Test
    void aRequestWithAnotherRequestsConferenceIsARelayOfThatRequest() {
        assertThat(RequestConference.relayOf("r-2", RequestConference.nameOf("r-1"))).hasValue("r-1");
        assertThat(RequestConference.relayOf("r-1", RequestConference.nameOf("r-1"))).isEmpty();
        assertThat(RequestConference.relayOf("r-1", null)).isEmpty();
        assertThat(RequestConference.relayOf("r-1", "someone-elses-room")).isEmpty();
    }

    @Test
    void topicNamesAreUniqueAndDeadLettersFollowThem() {
        assertThat(Topics.all()).extracting(Topic::name).doesNotHaveDuplicates()
                .contains("dispatch.events", "roster.events", "roster.interpreters", "notification.events");
        assertThat(Topics.ROSTER_EVENTS.deadLetterName()).isEqualTo("roster.events.dlt");
        assertThat(Topics.named("roster.interpreters").compacted()).isTrue();
    }
}

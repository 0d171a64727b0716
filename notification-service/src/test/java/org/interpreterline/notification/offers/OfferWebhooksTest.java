package org.interpreterline.notification.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.interpreterline.events.dispatch.SpokenNoteRecorded;
import org.interpreterline.events.Channel;
import org.interpreterline.events.calls.CallFact;
import org.interpreterline.events.calls.ConferenceReported;
import org.interpreterline.events.notification.OfferAnswered;
import org.interpreterline.events.notification.OfferNotAnswered;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.events.roster.OfferWithdrawn;
import org.interpreterline.notification.CallDeskDriver;
import org.interpreterline.notification.Fixtures;
import org.interpreterline.notification.TwimlDocument;
import org.interpreterline.notification.calls.CallBook;
import org.interpreterline.notification.calls.CallBookUnavailable;
import org.interpreterline.notification.calls.CallFacts;
import org.interpreterline.notification.webhooks.WebhookUrls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The TwiML of the offer call's webhooks, and what the call desk reports from the facts they pass on, without
 * Spring, Kafka or Twilio: the webhooks read the desk's stores under a test driver and their facts reach it at once.
 */
class OfferWebhooksTest {

    private static final String BASE = Fixtures.PUBLIC_URL;

    private static final String NOTE_SID = "RE" + "0123456789abcdef".repeat(2);
    private final CallDeskDriver desk = new CallDeskDriver();
    private final WebhookUrls urls = new WebhookUrls(Fixtures.twilio());
    private final OfferTwiml twiml = new OfferTwiml(urls, Fixtures.props());
    private final AcceptPrompt prompt = new AcceptPrompt(desk.book(), desk.facts(), twiml, urls, Fixtures.props(),
            Fixtures.CLOCK);
    private final AcceptKey key = new AcceptKey(desk.book(), desk.facts(), twiml, urls, Fixtures.props(),
            Fixtures.CLOCK);
    private final Bridge bridge = new Bridge(desk.book(), urls, Fixtures.props());
    private final OfferCallStatus status = new OfferCallStatus(desk.facts(), Fixtures.props(), Fixtures.CLOCK);

    @BeforeEach
    void anOfferIsRinging() {
        desk.dispatch(Fixtures.opened("r1", Channel.VOICE));
        desk.roster(Fixtures.offer("r1", "o1", Channel.VOICE));
        assertThat(desk.phoneWork).containsExactly("dial o1");
        status.status("o1", "CA1", "ringing");
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void answeringPlaysTheAcceptPromptInAOneKeyGatherThenRepeatsIt() {
        TwimlDocument doc = TwimlDocument.of(prompt.answered("o1", 0, "CA1", "human", null, 0));

        assertThat(doc.verbs()).isEqualTo("Gather,Redirect");
        assertThat(doc.text("/Response/Gather/@numDigits")).isEqualTo("1");
        assertThat(doc.text("/Response/Gather/@timeout")).isEqualTo("8");
        assertThat(doc.text("/Response/Gather/@action")).isEqualTo(BASE + "/twilio/offer/answer?offerId=o1");
        assertThat(doc.text("/Response/Gather/Say")).isEqualTo(
                "Spanish interpreter needed for Pittsburgh Police, emergency. Press 1 to accept, 2 to decline, 3 if you know this person or cannot take this call, 4 to hear this again.");
        assertThat(doc.text("/Response/Redirect")).isEqualTo(BASE + "/twilio/offer?offerId=o1&repeat=1");
        assertThat(desk.reported()).isEmpty();

        TwimlDocument again = TwimlDocument.of(prompt.answered("o1", 1, "CA1", null, null, 0));
        assertThat(again.text("/Response/Redirect")).isEqualTo(BASE + "/twilio/offer?offerId=o1&repeat=2");
    }

    @Test
    void theOfficersSpokenNoteIsPlayedBetweenTheOfferAndTheKeys_andAgainOnFour() {
        String url = "https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/" + NOTE_SID;
        desk.dispatch(new SpokenNoteRecorded(UUID.randomUUID(), Fixtures.NOW, "default", "r1", NOTE_SID, url, 6));

        TwimlDocument doc = TwimlDocument.of(prompt.answered("o1", 0, "CA1", "human", null, 0));

        assertThat(doc.text("/Response/Gather/Say[1]")).isEqualTo(
                "Spanish interpreter needed for Pittsburgh Police, emergency. The officer says:");
        assertThat(doc.text("/Response/Gather/Play")).isEqualTo(url);
        assertThat(doc.text("/Response/Gather/Say[2]")).isEqualTo(
                "Press 1 to accept, 2 to decline, 3 if you know this person or cannot take this call, 4 to hear this again.");
        TwimlDocument again = TwimlDocument.of(key.pressed("o1", 0, "CA1", OfferPrompt.AGAIN_DIGIT, 0));
        assertThat(again.text("/Response/Gather/Play")).isEqualTo(url);
    }

    @Test
    void silenceAfterTheRepeatSaysGoodbyeAndReportsSilentOnce() {
        TwimlDocument doc = TwimlDocument.of(prompt.answered("o1", 2, "CA1", null, null, 0));
        prompt.answered("o1", 2, "CA1", null, null, 0); // Twilio retried

        assertThat(doc.verbs()).isEqualTo("Say,Hangup");
        assertThat(doc.text("/Response/Say")).isEqualTo("No answer received. Goodbye.");
        assertThat(desk.reported(OfferNotAnswered.class)).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(OfferNotAnswered.Outcome.SILENT));
    }

    @Test
    void aVoicemailIsHungUpOnAndReported() {
        TwimlDocument doc = TwimlDocument.of(prompt.answered("o1", 0, "CA1", "machine_end_beep", null, 0));

        assertThat(doc.verbs()).isEqualTo("Hangup");
        assertThat(desk.reported(OfferNotAnswered.class)).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(OfferNotAnswered.Outcome.VOICEMAIL));
    }

    @Test
    void aWithdrawnOfferIsNoLongerNeededAndALateOneDoesNotAccept() {
        desk.roster(withdrawn("o1"));

        TwimlDocument answered = TwimlDocument.of(prompt.answered("o1", 0, "CA1", "human", null, 0));
        TwimlDocument pressed = TwimlDocument.of(key.pressed("o1", 0, "CA1", "1", 0));

        for (TwimlDocument doc : new TwimlDocument[] {answered, pressed}) {
            assertThat(doc.verbs()).isEqualTo("Say,Hangup");
            assertThat(doc.text("/Response/Say")).isEqualTo("This request is no longer needed. Thank you.");
        }
        assertThat(desk.reported()).isEmpty();
        assertThat(desk.phoneWork).contains("cancel CA1");
    }

    @Test
    void anUnknownOfferIsNoLongerNeeded() {
        assertThat(TwimlDocument.of(prompt.answered("nope", 0, "CA9", "human", null, 0)).text("/Response/Say"))
                .isEqualTo("This request is no longer needed. Thank you.");
    }

    @Test
    void oneAcceptsOnceAndGoesToTheBridge() {
        prompt.answered("o1", 0, "CA1", "human", null, 0);
        TwimlDocument doc = TwimlDocument.of(key.pressed("o1", 0, "CA1", "1", 0));
        TwimlDocument retried = TwimlDocument.of(key.pressed("o1", 0, "CA1", "1", 0));

        assertThat(doc.verbs()).isEqualTo("Say,Redirect");
        assertThat(doc.text("/Response/Say")).isEqualTo("Thank you. Connecting you now.");
        assertThat(doc.text("/Response/Redirect")).isEqualTo(BASE + "/twilio/offer/bridge?offerId=o1&attempt=1");
        assertThat(retried.verbs()).isEqualTo("Say,Redirect");
        assertThat(desk.reported(OfferAnswered.class)).singleElement().satisfies(e -> {
            assertThat(e.answer()).isEqualTo(OfferAnswered.Answer.ACCEPTED);
            assertThat(e.offerId()).isEqualTo("o1");
            assertThat(e.interpreterId()).isEqualTo("int-ana");
            assertThat(e.callSid()).isEqualTo("CA1");
            assertThat(e.rosterId()).isEqualTo("default");
        });
    }

    @Test
    void aWithdrawalTheDeskReadsBeforeTheKeyWins() {
        List<CallFact> inFlight = new ArrayList<>();
        CallFacts slow = fact -> inFlight.add(fact);
        AcceptKey racing = new AcceptKey(desk.book(), slow, twiml, urls, Fixtures.props(), Fixtures.CLOCK);

        TwimlDocument doc = TwimlDocument.of(racing.pressed("o1", 0, "CA1", "1", 0));
        desk.roster(withdrawn("o1")); // read by the desk before the key press
        inFlight.forEach(desk::fact);

        assertThat(doc.text("/Response/Say")).isEqualTo("Thank you. Connecting you now.");
        assertThat(desk.reported(OfferAnswered.class)).isEmpty();
        TwimlDocument bridged = TwimlDocument.of(bridge.bridge("o1", 1));
        assertThat(bridged.text("/Response/Say")).isEqualTo("This request is no longer needed. Thank you.");
    }

    @Test
    void aKeyTheDeskReadsBeforeTheWithdrawalIsReportedOnce() {
        key.pressed("o1", 0, "CA1", "1", 0);
        desk.roster(withdrawn("o1"));

        assertThat(desk.reported(OfferAnswered.class)).singleElement()
                .satisfies(e -> assertThat(e.answer()).isEqualTo(OfferAnswered.Answer.ACCEPTED));
        // the roster assigns someone else or nobody: the bridge loop tells the interpreter
        assertThat(TwimlDocument.of(bridge.bridge("o1", 2)).text("/Response/Say"))
                .isEqualTo("This request is no longer needed. Thank you.");
    }

    @Test
    void twoDeclines() {
        TwimlDocument doc = TwimlDocument.of(key.pressed("o1", 0, "CA1", "2", 0));

        assertThat(doc.verbs()).isEqualTo("Say,Hangup");
        assertThat(doc.text("/Response/Say")).isEqualTo("Thank you. Goodbye.");
        assertThat(desk.reported(OfferAnswered.class)).singleElement()
                .satisfies(e -> assertThat(e.answer()).isEqualTo(OfferAnswered.Answer.DECLINED));
        // the call then completes: already reported, nothing more
        status.status("o1", "CA1", "completed");
        assertThat(desk.reported()).hasSize(1);
    }

    @Test
    void threeExcusesAnInterpreterWhoKnowsThePerson() {
        TwimlDocument doc = TwimlDocument.of(key.pressed("o1", 0, "CA1", "3", 0));

        assertThat(doc.verbs()).isEqualTo("Say,Hangup");
        assertThat(doc.text("/Response/Say"))
                .isEqualTo("Thank you for saying so. Another interpreter will take it. Goodbye.");
        assertThat(desk.reported(OfferAnswered.class)).singleElement()
                .satisfies(e -> assertThat(e.answer()).isEqualTo(OfferAnswered.Answer.CONFLICT));
        status.status("o1", "CA1", "completed");
        assertThat(desk.reported()).hasSize(1);
    }

    /** 4 plays the same prompt again: nothing is reported, the repeat count stays, the roster's timer runs on. */
    @Test
    void fourHearsTheOfferAgain() {
        TwimlDocument doc = TwimlDocument.of(key.pressed("o1", 0, "CA1", "4", 0));

        assertThat(doc.verbs()).isEqualTo("Gather,Redirect");
        assertThat(doc.text("/Response/Gather/Say")).startsWith("Spanish interpreter needed")
                .endsWith("4 to hear this again.");
        assertThat(doc.text("/Response/Gather/@action")).endsWith("/twilio/offer/answer?offerId=o1");
        assertThat(desk.reported()).isEmpty();
    }

    @Test
    void anotherKeyHearsTheChoiceAgain() {
        TwimlDocument doc = TwimlDocument.of(key.pressed("o1", 0, "CA1", "7", 0));

        assertThat(doc.verbs()).isEqualTo("Gather,Redirect");
        assertThat(doc.text("/Response/Gather/Say[1]")).isEqualTo("Sorry, that is not one of the choices.");
        assertThat(doc.text("/Response/Gather/Say[2]")).startsWith("Spanish interpreter needed");
        assertThat(desk.reported()).isEmpty();
    }

    @Test
    void theBridgeWaitsForTheRostersConfirmationThenJoinsTheWaitingOfficer() {
        key.pressed("o1", 0, "CA1", "1", 0);

        TwimlDocument waiting = TwimlDocument.of(bridge.bridge("o1", 1));
        assertThat(waiting.verbs()).isEqualTo("Pause,Redirect");
        assertThat(waiting.text("/Response/Pause/@length")).isEqualTo("1");
        assertThat(waiting.text("/Response/Redirect")).isEqualTo(BASE + "/twilio/offer/bridge?offerId=o1&attempt=2");

        desk.roster(Fixtures.assigned("r1", "o1", Channel.VOICE));
        TwimlDocument joined = TwimlDocument.of(bridge.bridge("o1", 2));
        assertThat(joined.verbs()).isEqualTo("Dial");
        assertThat(joined.text("/Response/Dial/Conference")).isEqualTo("req-r1");
        assertThat(joined.text("/Response/Dial/Conference/@startConferenceOnEnter")).isEqualTo("true");
        assertThat(joined.text("/Response/Dial/Conference/@endConferenceOnExit")).isEqualTo("true");
        assertThat(joined.text("/Response/Dial/Conference/@participantLabel")).isEqualTo("interpreter");
        assertThat(joined.text("/Response/Dial/Conference/@statusCallback"))
                .isEqualTo(BASE + "/twilio/conference?requestId=r1");
        assertThat(joined.text("/Response/Dial/Conference/@statusCallbackEvent")).isEqualTo("start end join leave");
        assertThat(joined.count("/Response/Dial/Conference/@waitUrl")).isZero();
    }

    @Test
    void forAnSmsRequestTheInterpreterWaitsForTheCallBack() {
        desk.dispatch(Fixtures.opened("r2", Channel.SMS));
        desk.roster(Fixtures.offer("r2", "o2", Channel.SMS));
        key.pressed("o2", 0, "CA2", "1", 0);
        desk.roster(Fixtures.assigned("r2", "o2", Channel.SMS));

        TwimlDocument joined = TwimlDocument.of(bridge.bridge("o2", 1));

        assertThat(joined.text("/Response/Dial/Conference/@startConferenceOnEnter")).isEqualTo("false");
        assertThat(joined.text("/Response/Dial/Conference/@waitUrl")).isEqualTo(BASE + "/twilio/offer/wait");
        assertThat(TwimlDocument.of(bridge.waiting()).text("/Response/Say")).isEqualTo("We are calling the officer now.");
    }

    /** A second interpreter ({@code ALSO}) joins the call in progress, reported as that call's, and ends nothing. */
    @Test
    void aRelayInterpreterIsToldItIsACallInProgress_andJoinsThatCallsConference_endingNothing() {
        desk.dispatch(Fixtures.relayOpened("m9", "r1"));
        desk.roster(Fixtures.relayOffer("m9", "r1", "o9"));
        TwimlDocument offered = TwimlDocument.of(prompt.answered("o9", 0, "CA9", "human", null, 0));
        assertThat(offered.text("/Response/Gather/Say")).startsWith("K'iche' interpreter needed for Pittsburgh "
                + "Police, emergency, to join a call in progress with another interpreter. Press 1 to accept");
        key.pressed("o9", 0, "CA9", "1", 0);
        desk.roster(Fixtures.relayAssigned("m9", "r1", "o9"));

        TwimlDocument joined = TwimlDocument.of(bridge.bridge("o9", 1));

        assertThat(joined.text("/Response/Dial/Conference")).isEqualTo("req-r1");
        assertThat(joined.text("/Response/Dial/Conference/@participantLabel")).isEqualTo("relay");
        assertThat(joined.text("/Response/Dial/Conference/@endConferenceOnExit")).isEqualTo("false");
        assertThat(joined.text("/Response/Dial/Conference/@statusCallback"))
                .isEqualTo(BASE + "/twilio/conference?requestId=r1");
        assertThat(desk.phoneWork).as("the officer is on the call already").noneMatch(w -> w.startsWith("call back"));
    }

    @Test
    void theBridgeNeverJoinsARequestSomeoneElseGot() {
        key.pressed("o1", 0, "CA1", "1", 0);
        desk.roster(Fixtures.assigned("r1", "o-other", Channel.VOICE));

        TwimlDocument doc = TwimlDocument.of(bridge.bridge("o1", 3));

        assertThat(doc.verbs()).isEqualTo("Say,Hangup");
        assertThat(doc.text("/Response/Say")).isEqualTo("This request is no longer needed. Thank you.");
    }

    @Test
    void theBridgeNeverJoinsAConferenceItsCallerHasLeft() {
        key.pressed("o1", 0, "CA1", "1", 0);
        desk.roster(Fixtures.assigned("r1", "o1", Channel.VOICE));
        desk.fact(conference("conference-end", null)); // the officer hung up between the "1" and the bridge

        TwimlDocument doc = TwimlDocument.of(bridge.bridge("o1", 1));

        assertThat(doc.verbs()).isEqualTo("Say,Hangup");
        assertThat(doc.text("/Response/Say")).isEqualTo("This request is no longer needed. Thank you.");
    }

    @Test
    void anAcceptingInterpreterWhoseCallEndsBeforeTheBridgeIsReportedGoneOnce_butNotOnceBridged() {
        key.pressed("o1", 0, "CA1", "1", 0);
        bridge.bridge("o1", 10); // the roster never confirmed: "sorry, we could not connect you"
        status.status("o1", "CA1", "completed");
        status.status("o1", "CA1", "completed"); // Twilio retried

        assertThat(desk.reported(OfferNotAnswered.class)).singleElement().satisfies(e -> {
            assertThat(e.offerId()).isEqualTo("o1");
            assertThat(e.outcome()).isEqualTo(OfferNotAnswered.Outcome.HUNG_UP);
        });

        desk.dispatch(Fixtures.opened("r2", Channel.VOICE));
        desk.roster(Fixtures.offer("r2", "o2", Channel.VOICE));
        status.status("o2", "CA2", "ringing");
        key.pressed("o2", 0, "CA2", "1", 0);
        desk.fact(conference("participant-join", "CA2")); // joined the conference, talked, hung up
        status.status("o2", "CA2", "completed");
        assertThat(desk.reported(OfferNotAnswered.class)).hasSize(1);
    }

    @Test
    void afterTheAssignedInterpreterLeftBeforeTheBridge_theNextOfferOfTheRequestIsPlayed() {
        key.pressed("o1", 0, "CA1", "1", 0);
        desk.roster(Fixtures.assigned("r1", "o1", Channel.VOICE));
        status.status("o1", "CA1", "completed"); // gone before the bridge: the roster offers the request again
        desk.roster(Fixtures.offer("r1", "o2", Channel.VOICE));

        TwimlDocument doc = TwimlDocument.of(prompt.answered("o2", 0, "CA2", "human", null, 0));

        assertThat(doc.verbs()).isEqualTo("Gather,Redirect");
    }

    @Test
    void aNoteCutInsideAnEmojiWithControlCharactersStillPlaysThePrompt() {
        desk.roster(withNote(Fixtures.offer("r1", "o5", Channel.SMS), OfferPromptTest.HOSTILE_NOTE));

        TwimlDocument doc = TwimlDocument.of(prompt.answered("o5", 0, "CA5", "human", null, 0));

        assertThat(doc.verbs()).isEqualTo("Gather,Redirect");
        assertThat(doc.text("/Response/Gather/Say")).startsWith("Spanish interpreter needed for Pittsburgh Police")
                .contains("Nepali x \uD83D\uDE00").endsWith("Press 1 to accept, 2 to decline, 3 if you know this person or cannot take this call, 4 to hear this again.");
    }

    @Test
    void theBridgeGivesUpAfterItsAttempts() {
        key.pressed("o1", 0, "CA1", "1", 0);

        TwimlDocument doc = TwimlDocument.of(bridge.bridge("o1", 10));

        assertThat(doc.verbs()).isEqualTo("Say,Hangup");
        assertThat(doc.text("/Response/Say")).startsWith("Sorry, we could not connect you");
    }

    @Test
    void busyAndNoAnswerEndAnUnansweredOfferOnceEach() {
        status.status("o1", "CA1", "busy");
        status.status("o1", "CA1", "busy"); // a retried callback

        assertThat(desk.reported(OfferNotAnswered.class)).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(OfferNotAnswered.Outcome.BUSY);
            assertThat(e.callSid()).isEqualTo("CA1");
        });
        assertThat(desk.book().offer("o1").orElseThrow().live()).isFalse();
    }

    @Test
    void noAnswerAndFailedAreReportedAsSuch() {
        status.status("o1", "CA1", "no-answer");
        desk.roster(Fixtures.offer("r1", "o3", Channel.VOICE));
        status.status("o3", "CA3", "failed");

        assertThat(desk.reported(OfferNotAnswered.class)).extracting(OfferNotAnswered::outcome)
                .containsExactly(OfferNotAnswered.Outcome.NO_ANSWER, OfferNotAnswered.Outcome.FAILED);
    }

    @Test
    void hangingUpDuringThePromptIsReportedButACancelledCallIsNot() {
        status.status("o1", "CA1", "in-progress");
        status.status("o1", "CA1", "completed");
        assertThat(desk.reported(OfferNotAnswered.class)).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(OfferNotAnswered.Outcome.HUNG_UP));

        desk.roster(Fixtures.offer("r1", "o4", Channel.VOICE));
        desk.roster(withdrawn("o4"));
        status.status("o4", "CA4", "canceled");
        status.status("o4", "CA4", "no-answer");
        assertThat(desk.reported()).hasSize(1);
    }

    @Test
    void anAcceptedCallThatEndsAfterTheBridgeReportsNothingMore() {
        key.pressed("o1", 0, "CA1", "1", 0);
        desk.fact(conference("participant-join", "CA1"));
        status.status("o1", "CA1", "completed");

        assertThat(desk.reported()).hasSize(2); // the acceptance, and the join
    }

    @Test
    void whileTheDeskCannotBeReadTheInterpreterHoldsOnOnceThenIsLetGo() {
        CallBook unreadable = new CallBook(new CallBook.Stores() {
            @Override
            public <V> org.apache.kafka.streams.state.ReadOnlyKeyValueStore<String, V> store(String name) {
                throw new CallBookUnavailable("the call desk is REBALANCING", null);
            }
        }, "default");
        AcceptKey keyMeanwhile = new AcceptKey(unreadable, desk.facts(), twiml, urls, Fixtures.props(),
                Fixtures.CLOCK);
        AcceptPrompt promptMeanwhile = new AcceptPrompt(unreadable, desk.facts(), twiml, urls, Fixtures.props(),
                Fixtures.CLOCK);

        TwimlDocument first = TwimlDocument.of(keyMeanwhile.pressed("o1", 0, "CA1", "1", 0));
        assertThat(first.verbs()).isEqualTo("Pause,Redirect");
        assertThat(first.text("/Response/Redirect"))
                .isEqualTo(BASE + "/twilio/offer/answer?offerId=o1&Digits=1&held=1");
        TwimlDocument held = TwimlDocument.of(promptMeanwhile.answered("o1", 1, "CA1", null, null, 0));
        assertThat(held.text("/Response/Redirect")).isEqualTo(BASE + "/twilio/offer?offerId=o1&repeat=1&held=1");

        TwimlDocument second = TwimlDocument.of(keyMeanwhile.pressed("o1", 0, "CA1", "1", 1));
        assertThat(second.verbs()).isEqualTo("Say,Hangup");
        assertThat(second.text("/Response/Say")).startsWith("Sorry, we could not connect you");
        assertThat(desk.reported()).isEmpty();
        // the bridge loop is its own hold: it waits, then reads again
        assertThat(TwimlDocument.of(new Bridge(unreadable, urls, Fixtures.props()).bridge("o1", 1)).verbs())
                .isEqualTo("Pause,Redirect");
    }

    private static OfferMade withNote(OfferMade m, String note) {
        return new OfferMade(m.eventId(), m.occurredAt(), m.rosterId(), m.requestId(), m.offerId(), m.interpreterId(),
                m.interpreterName(), m.interpreterPhone(), m.language(), m.agency(), m.priority(), note, m.channel(),
                m.requesterPhone(), m.requesterCallSid(), m.conferenceName(), m.deadline(), m.attempt());
    }

    private static OfferWithdrawn withdrawn(String offerId) {
        return new OfferWithdrawn(UUID.randomUUID(), Fixtures.NOW, "default", "r1", offerId, "int-ana",
                OfferWithdrawn.Reason.FILLED_BY_ANOTHER);
    }

    private static ConferenceReported conference(String event, String callSid) {
        return new ConferenceReported(UUID.randomUUID(), Fixtures.NOW, "default", "r1", event, "CF1", "req-r1",
                callSid, callSid == null ? null : "interpreter", null);
    }
}

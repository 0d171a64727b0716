package org.interpreterline.notification.offers;

import static org.assertj.core.api.Assertions.assertThat;

import org.interpreterline.events.Channel;
import org.interpreterline.events.notification.OfferAnswered;
import org.interpreterline.events.notification.OfferNotAnswered;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.notification.Fixtures;
import org.interpreterline.notification.Replays;
import org.interpreterline.notification.TwimlDocument;
import org.interpreterline.notification.kafka.EventMemory;
import org.interpreterline.notification.offers.Offer.Stage;
import org.interpreterline.notification.requests.Requests;
import org.interpreterline.notification.twilio.WebhookUrls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The TwiML of the offer call's webhooks, and the events they publish, without Spring or Twilio. */
class OfferWebhooksTest {

    private static final String BASE = Fixtures.PUBLIC_URL;

    private final LiveOffers offers = new LiveOffers(Fixtures.CLOCK, Fixtures.props().lookBack());
    private final Requests requests = new Requests(Fixtures.CLOCK, Fixtures.props().lookBack());
    private final EventMemory memory = new EventMemory(offers, requests);
    private final Fixtures.Published published = new Fixtures.Published();
    private final OfferStanding standing = new OfferStanding(requests, offers);
    private final OfferOutcomes outcomes = new OfferOutcomes(offers, published, Fixtures.CLOCK);
    private final WebhookUrls urls = new WebhookUrls(Fixtures.twilio());
    private final OfferTwiml twiml = new OfferTwiml(urls, Fixtures.props());
    private final AcceptPrompt prompt = new AcceptPrompt(offers, standing, outcomes, twiml, Fixtures.props());
    private final AcceptKey key = new AcceptKey(offers, standing, outcomes, twiml);
    private final Bridge bridge = new Bridge(offers, standing, twiml, urls, Fixtures.props());
    private final OfferCallStatus status = new OfferCallStatus(offers, requests, outcomes, new Replays());

    private OfferMade made;

    @BeforeEach
    void anOfferIsRinging() {
        memory.remember(Fixtures.opened("r1", Channel.VOICE));
        made = Fixtures.offer("r1", "o1", Channel.VOICE);
        memory.remember(made);
        assertThat(offers.claimDial("o1")).isTrue();
        offers.callProgressed("o1", "CA1", Stage.RINGING);
    }

    @Test
    void answeringPlaysTheAcceptPromptInAOneKeyGatherThenRepeatsIt() {
        TwimlDocument doc = TwimlDocument.of(prompt.answered("o1", 0, "CA1", "human"));

        assertThat(doc.verbs()).isEqualTo("Gather,Redirect");
        assertThat(doc.text("/Response/Gather/@numDigits")).isEqualTo("1");
        assertThat(doc.text("/Response/Gather/@timeout")).isEqualTo("8");
        assertThat(doc.text("/Response/Gather/@action")).isEqualTo(BASE + "/twilio/offer/answer?offerId=o1");
        assertThat(doc.text("/Response/Gather/Say")).isEqualTo(
                "Spanish interpreter needed for Pittsburgh Police, emergency. Press 1 to accept, 2 to decline.");
        assertThat(doc.text("/Response/Redirect")).isEqualTo(BASE + "/twilio/offer?offerId=o1&repeat=1");
        assertThat(published.events).isEmpty();

        TwimlDocument again = TwimlDocument.of(prompt.answered("o1", 1, "CA1", null));
        assertThat(again.text("/Response/Redirect")).isEqualTo(BASE + "/twilio/offer?offerId=o1&repeat=2");
    }

    @Test
    void silenceAfterTheRepeatSaysGoodbyeAndReportsSilentOnce() {
        TwimlDocument doc = TwimlDocument.of(prompt.answered("o1", 2, "CA1", null));
        prompt.answered("o1", 2, "CA1", null); // Twilio retried

        assertThat(doc.verbs()).isEqualTo("Say,Hangup");
        assertThat(doc.text("/Response/Say")).isEqualTo("No answer received. Goodbye.");
        assertThat(published.of(OfferNotAnswered.class)).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(OfferNotAnswered.Outcome.SILENT));
    }

    @Test
    void aVoicemailIsHungUpOnAndReported() {
        TwimlDocument doc = TwimlDocument.of(prompt.answered("o1", 0, "CA1", "machine_end_beep"));

        assertThat(doc.verbs()).isEqualTo("Hangup");
        assertThat(published.of(OfferNotAnswered.class)).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(OfferNotAnswered.Outcome.VOICEMAIL));
    }

    @Test
    void aWithdrawnOfferIsNoLongerNeededAndALateOneDoesNotAccept() {
        offers.withdraw("o1");

        TwimlDocument answered = TwimlDocument.of(prompt.answered("o1", 0, "CA1", "human"));
        TwimlDocument pressed = TwimlDocument.of(key.pressed("o1", 0, "CA1", "1"));

        for (TwimlDocument doc : new TwimlDocument[] {answered, pressed}) {
            assertThat(doc.verbs()).isEqualTo("Say,Hangup");
            assertThat(doc.text("/Response/Say")).isEqualTo("This request is no longer needed. Thank you.");
        }
        assertThat(published.events).isEmpty();
    }

    @Test
    void anUnknownOfferIsNoLongerNeeded() {
        assertThat(TwimlDocument.of(prompt.answered("nope", 0, "CA9", "human")).text("/Response/Say"))
                .isEqualTo("This request is no longer needed. Thank you.");
    }

    @Test
    void oneAcceptsOnceAndGoesToTheBridge() {
        prompt.answered("o1", 0, "CA1", "human");
        TwimlDocument doc = TwimlDocument.of(key.pressed("o1", 0, "CA1", "1"));
        TwimlDocument retried = TwimlDocument.of(key.pressed("o1", 0, "CA1", "1"));

        assertThat(doc.verbs()).isEqualTo("Say,Redirect");
        assertThat(doc.text("/Response/Say")).isEqualTo("Thank you. Connecting you now.");
        assertThat(doc.text("/Response/Redirect")).isEqualTo(BASE + "/twilio/offer/bridge?offerId=o1&attempt=1");
        assertThat(retried.verbs()).isEqualTo("Say,Redirect");
        assertThat(published.of(OfferAnswered.class)).singleElement().satisfies(e -> {
            assertThat(e.answer()).isEqualTo(OfferAnswered.Answer.ACCEPTED);
            assertThat(e.offerId()).isEqualTo("o1");
            assertThat(e.interpreterId()).isEqualTo("int-ana");
            assertThat(e.callSid()).isEqualTo("CA1");
            assertThat(e.rosterId()).isEqualTo("default");
        });
    }

    @Test
    void twoDeclines() {
        TwimlDocument doc = TwimlDocument.of(key.pressed("o1", 0, "CA1", "2"));

        assertThat(doc.verbs()).isEqualTo("Say,Hangup");
        assertThat(doc.text("/Response/Say")).isEqualTo("Thank you. Goodbye.");
        assertThat(published.of(OfferAnswered.class)).singleElement()
                .satisfies(e -> assertThat(e.answer()).isEqualTo(OfferAnswered.Answer.DECLINED));
        // the call then completes: already reported, nothing more
        status.status("o1", "CA1", "completed");
        assertThat(published.events).hasSize(1);
    }

    @Test
    void anotherKeyHearsTheChoiceAgain() {
        TwimlDocument doc = TwimlDocument.of(key.pressed("o1", 0, "CA1", "7"));

        assertThat(doc.verbs()).isEqualTo("Gather,Redirect");
        assertThat(doc.text("/Response/Gather/Say[1]")).isEqualTo("Sorry, that is not one of the choices.");
        assertThat(doc.text("/Response/Gather/Say[2]")).startsWith("Spanish interpreter needed");
        assertThat(published.events).isEmpty();
    }

    @Test
    void theBridgeWaitsForTheRostersConfirmationThenJoinsTheWaitingOfficer() {
        key.pressed("o1", 0, "CA1", "1");

        TwimlDocument waiting = TwimlDocument.of(bridge.bridge("o1", 1));
        assertThat(waiting.verbs()).isEqualTo("Pause,Redirect");
        assertThat(waiting.text("/Response/Pause/@length")).isEqualTo("1");
        assertThat(waiting.text("/Response/Redirect")).isEqualTo(BASE + "/twilio/offer/bridge?offerId=o1&attempt=2");

        memory.remember(Fixtures.assigned("r1", "o1", Channel.VOICE));
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
        memory.remember(Fixtures.opened("r2", Channel.SMS));
        memory.remember(Fixtures.offer("r2", "o2", Channel.SMS));
        offers.claimDial("o2");
        key.pressed("o2", 0, "CA2", "1");
        memory.remember(Fixtures.assigned("r2", "o2", Channel.SMS));

        TwimlDocument joined = TwimlDocument.of(bridge.bridge("o2", 1));

        assertThat(joined.text("/Response/Dial/Conference/@startConferenceOnEnter")).isEqualTo("false");
        assertThat(joined.text("/Response/Dial/Conference/@waitUrl")).isEqualTo(BASE + "/twilio/offer/wait");
        assertThat(TwimlDocument.of(bridge.waiting()).text("/Response/Say")).isEqualTo("We are calling the officer now.");
    }

    @Test
    void theBridgeNeverJoinsARequestSomeoneElseGot() {
        key.pressed("o1", 0, "CA1", "1");
        memory.remember(Fixtures.assigned("r1", "o-other", Channel.VOICE));

        TwimlDocument doc = TwimlDocument.of(bridge.bridge("o1", 3));

        assertThat(doc.verbs()).isEqualTo("Say,Hangup");
        assertThat(doc.text("/Response/Say")).isEqualTo("This request is no longer needed. Thank you.");
    }

    @Test
    void theBridgeNeverJoinsAConferenceItsCallerHasLeft() {
        key.pressed("o1", 0, "CA1", "1");
        memory.remember(Fixtures.assigned("r1", "o1", Channel.VOICE));
        requests.conferenceEnded("r1"); // the officer hung up between the "1" and the bridge

        TwimlDocument doc = TwimlDocument.of(bridge.bridge("o1", 1));

        assertThat(doc.verbs()).isEqualTo("Say,Hangup");
        assertThat(doc.text("/Response/Say")).isEqualTo("This request is no longer needed. Thank you.");
    }

    @Test
    void anAcceptingInterpreterWhoseCallEndsBeforeTheBridgeIsReportedGoneOnce_butNotOnceBridged() {
        key.pressed("o1", 0, "CA1", "1");
        bridge.bridge("o1", 10); // the roster never confirmed: "sorry, we could not connect you"
        status.status("o1", "CA1", "completed");
        status.status("o1", "CA1", "completed"); // Twilio retried

        assertThat(published.of(OfferNotAnswered.class)).singleElement().satisfies(e -> {
            assertThat(e.offerId()).isEqualTo("o1");
            assertThat(e.outcome()).isEqualTo(OfferNotAnswered.Outcome.HUNG_UP);
        });

        memory.remember(Fixtures.opened("r2", Channel.VOICE));
        memory.remember(Fixtures.offer("r2", "o2", Channel.VOICE));
        offers.claimDial("o2");
        offers.callProgressed("o2", "CA2", Stage.RINGING);
        key.pressed("o2", 0, "CA2", "1");
        offers.bridged("CA2"); // joined the conference, talked, hung up
        status.status("o2", "CA2", "completed");
        assertThat(published.of(OfferNotAnswered.class)).hasSize(1);
    }

    @Test
    void afterTheAssignedInterpreterLeftBeforeTheBridge_theNextOfferOfTheRequestIsPlayed() {
        key.pressed("o1", 0, "CA1", "1");
        memory.remember(Fixtures.assigned("r1", "o1", Channel.VOICE));
        status.status("o1", "CA1", "completed"); // gone before the bridge: the roster offers the request again
        OfferMade next = Fixtures.offer("r1", "o2", Channel.VOICE);
        memory.remember(next);
        offers.claimDial("o2");

        TwimlDocument doc = TwimlDocument.of(prompt.answered("o2", 0, "CA2", "human"));

        assertThat(doc.verbs()).isEqualTo("Gather,Redirect");
    }

    @Test
    void theBridgeGivesUpAfterItsAttempts() {
        key.pressed("o1", 0, "CA1", "1");

        TwimlDocument doc = TwimlDocument.of(bridge.bridge("o1", 10));

        assertThat(doc.verbs()).isEqualTo("Say,Hangup");
        assertThat(doc.text("/Response/Say")).startsWith("Sorry, we could not connect you");
    }

    @Test
    void busyAndNoAnswerEndAnUnansweredOfferOnceEach() {
        status.status("o1", "CA1", "busy");
        status.status("o1", "CA1", "busy"); // a retried callback

        assertThat(published.of(OfferNotAnswered.class)).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(OfferNotAnswered.Outcome.BUSY);
            assertThat(e.callSid()).isEqualTo("CA1");
        });
        assertThat(offers.find("o1").orElseThrow().live()).isFalse();
    }

    @Test
    void noAnswerAndFailedAreReportedAsSuch() {
        status.status("o1", "CA1", "no-answer");
        memory.remember(Fixtures.offer("r1", "o3", Channel.VOICE));
        offers.claimDial("o3");
        status.status("o3", "CA3", "failed");

        assertThat(published.of(OfferNotAnswered.class)).extracting(OfferNotAnswered::outcome)
                .containsExactly(OfferNotAnswered.Outcome.NO_ANSWER, OfferNotAnswered.Outcome.FAILED);
    }

    @Test
    void hangingUpDuringThePromptIsReportedButACancelledCallIsNot() {
        status.status("o1", "CA1", "in-progress");
        status.status("o1", "CA1", "completed");
        assertThat(published.of(OfferNotAnswered.class)).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(OfferNotAnswered.Outcome.HUNG_UP));

        memory.remember(Fixtures.offer("r1", "o4", Channel.VOICE));
        offers.claimDial("o4");
        offers.withdraw("o4");
        status.status("o4", "CA4", "canceled");
        status.status("o4", "CA4", "no-answer");
        assertThat(published.events).hasSize(1);
    }

    @Test
    void anAcceptedCallThatEndsAfterTheBridgeReportsNothingMore() {
        key.pressed("o1", 0, "CA1", "1");
        offers.bridged("CA1");
        status.status("o1", "CA1", "completed");

        assertThat(published.events).hasSize(1);
    }
}

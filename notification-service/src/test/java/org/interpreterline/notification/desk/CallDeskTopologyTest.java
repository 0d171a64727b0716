package org.interpreterline.notification.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.interpreterline.events.CallFlag;
import org.interpreterline.events.Channel;
import org.interpreterline.events.InterpreterStatus;
import org.interpreterline.events.calls.CallNotPlaced;
import org.interpreterline.events.calls.CallPlaced;
import org.interpreterline.events.calls.CallPurpose;
import org.interpreterline.events.calls.ConferenceReported;
import org.interpreterline.events.notification.Party;
import org.interpreterline.platform.twilio.ConferenceSeat;
import org.interpreterline.events.calls.KeyPressed;
import org.interpreterline.events.calls.OfferCallProgressed;
import org.interpreterline.events.calls.OfferPickedUp;
import org.interpreterline.events.calls.TextSent;
import org.interpreterline.events.calls.ResidentCallProgressed;
import org.interpreterline.events.dispatch.RequestCancelled;
import org.interpreterline.events.dispatch.RequestFlagged;
import org.interpreterline.events.dispatch.RequesterHungUp;
import org.interpreterline.events.dispatch.ResidentAddRequested;
import org.interpreterline.events.dispatch.SpokenNoteRecorded;
import org.interpreterline.events.notification.MessagePurpose;
import org.interpreterline.events.notification.MessageSent;
import org.interpreterline.events.notification.OfferAnswered;
import org.interpreterline.events.notification.OfferNotAnswered;
import org.interpreterline.events.roster.InterpreterStatusChanged;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.events.roster.OfferWithdrawn;
import org.interpreterline.events.roster.RequestEscalated;
import org.interpreterline.events.roster.RequestQueued;
import org.interpreterline.notification.CallDeskDriver;
import org.interpreterline.notification.Fixtures;
import org.interpreterline.notification.calls.RingingOffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The call desk's decisions, step by step, with the wall clock advanced by hand. */
class CallDeskTopologyTest {

    private static final String ROSTER = "default";

    private final CallDeskDriver desk = new CallDeskDriver();

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void anOfferIsDialledOnceAcceptedOnceAndItsLegRemembered() {
        OfferMade made = Fixtures.offer("r1", "o1", Channel.VOICE);
        desk.roster(made);
        desk.roster(made); // redelivered
        desk.roster(sameOfferAgain(made)); // published again under a new event id
        desk.fact(placed("o1", "CA1"));
        desk.fact(progressed("o1", "CA1", "ringing"));
        desk.fact(new OfferPickedUp(UUID.randomUUID(), Fixtures.NOW, ROSTER, "o1", "CA1", false));
        desk.fact(pressed("o1", "1"));
        desk.fact(pressed("o1", "1")); // the webhook was retried
        desk.fact(pressed("o1", "2")); // and a second key cannot turn an acceptance into a decline

        assertThat(desk.phoneWork).containsExactly("dial o1");
        assertThat(desk.reported(OfferAnswered.class)).singleElement()
                .satisfies(e -> assertThat(e.answer()).isEqualTo(OfferAnswered.Answer.ACCEPTED));
        RingingOffer offer = desk.book().offer("o1").orElseThrow();
        assertThat(offer.stage()).isEqualTo(RingingOffer.Stage.ACCEPTED);
        assertThat(offer.callSid()).isEqualTo("CA1");
    }

    @Test
    void anAcceptingInterpreterWhoNeverReachesTheConferenceIsLookedUpAndReportedGoneWhenTheirCallIsOver() {
        // the status callback that said their call ended was sent while the instance that should hear it was dying
        desk.roster(Fixtures.offer("r1", "o1", Channel.VOICE));
        desk.fact(placed("o1", "CA1"));
        desk.fact(new OfferPickedUp(UUID.randomUUID(), Fixtures.NOW, ROSTER, "o1", "CA1", false));
        desk.fact(pressed("o1", "1"));

        desk.advance(Duration.ofSeconds(10));
        assertThat(desk.phoneWork).as("still within the bridge's own patience").containsExactly("dial o1");
        desk.advance(Duration.ofSeconds(6));
        assertThat(desk.phoneWork).containsExactly("dial o1", "check CA1");
        desk.advance(Duration.ofSeconds(15));
        assertThat(desk.phoneWork).as("asked again while nothing is heard").containsExactly("dial o1", "check CA1",
                "check CA1");

        desk.fact(progressed("o1", "CA1", "completed")); // what Twilio answered
        assertThat(desk.reported(OfferNotAnswered.class)).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(OfferNotAnswered.Outcome.HUNG_UP));
        desk.advance(Duration.ofSeconds(30));
        assertThat(desk.phoneWork).as("not asked once the offer is over").hasSize(3);
    }

    @Test
    void anInterpreterInTheConferenceIsNotLookedUp() {
        desk.roster(Fixtures.offer("r1", "o1", Channel.VOICE));
        desk.fact(placed("o1", "CA1"));
        desk.fact(pressed("o1", "1"));
        desk.fact(new ConferenceReported(UUID.randomUUID(), Fixtures.NOW, ROSTER, "r1", "participant-join", "CF1",
                "req-r1", "CA1", ConferenceSeat.label(Party.INTERPRETER), null));

        desk.advance(Duration.ofSeconds(60));

        assertThat(desk.phoneWork).containsExactly("dial o1");
    }

    @Test
    void anOfferWithdrawnWhileItsDialIsUnderWayIsCancelledOnceTwilioNamesTheCall() {
        desk.roster(Fixtures.offer("r1", "o1", Channel.VOICE));
        desk.roster(withdrawn("o1"));
        assertThat(desk.phoneWork).containsExactly("dial o1");

        desk.fact(placed("o1", "CA1"));

        assertThat(desk.phoneWork).containsExactly("dial o1", "cancel CA1");
        desk.fact(progressed("o1", "CA1", "canceled"));
        assertThat(desk.reported()).isEmpty();
    }

    @Test
    void aDialTwilioRefusedIsAFailedOffer() {
        desk.roster(Fixtures.offer("r1", "o1", Channel.VOICE));
        desk.fact(new CallNotPlaced(UUID.randomUUID(), Fixtures.NOW, ROSTER, CallPurpose.OFFER, "r1", "o1",
                "21215 geo permissions", false, false));

        assertThat(desk.reported(OfferNotAnswered.class)).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(OfferNotAnswered.Outcome.FAILED));
    }

    @Test
    void anOfferPastItsDeadlineIsNotDialled() {
        OfferMade made = Fixtures.offer("r1", "o1", Channel.VOICE);
        desk.roster(new OfferMade(made.eventId(), made.occurredAt(), ROSTER, "r1", "o1", made.interpreterId(),
                made.interpreterName(), made.interpreterPhone(), "es", null, null, null, Channel.VOICE, null, null,
                null, Fixtures.NOW.minusSeconds(1), 1));

        assertThat(desk.phoneWork).isEmpty();
    }

    @Test
    void anOfferReadLongAfterItWasMadeFirstLooksForTheCallPlacedBeforeATakeover() {
        OfferMade made = Fixtures.offer("r1", "o1", Channel.VOICE);
        desk.roster(new OfferMade(made.eventId(), Fixtures.NOW.minusSeconds(10), ROSTER, "r1", "o1",
                made.interpreterId(), made.interpreterName(), made.interpreterPhone(), "es", null, null, null,
                Channel.VOICE, null, null, null, Fixtures.NOW.plusSeconds(30), 1));

        assertThat(desk.phoneWork).containsExactly("dial o1 (adopting a call in progress)");
    }

    @Test
    void anInterpreterStillHearingAboutAWithdrawnOfferIsRungOnceThatCallEnds() {
        desk.roster(Fixtures.offer("r1", "o1", Channel.VOICE));
        desk.fact(placed("o1", "CA1"));
        desk.fact(progressed("o1", "CA1", "in-progress"));
        desk.roster(withdrawn("o1")); // parallel ring: someone else was first
        desk.roster(Fixtures.offer("r2", "o2", Channel.VOICE)); // the same interpreter, offered another request

        assertThat(desk.phoneWork).containsExactly("dial o1", "update CA1 " + noLongerNeededXml());

        desk.fact(progressed("o1", "CA1", "completed"));
        assertThat(desk.phoneWork).last().isEqualTo("dial o2");
    }

    @Test
    void anInterpreterWhoseWithdrawnOfferIsStillBeingDialledIsRungOnceThatCallIsCancelled() {
        desk.roster(Fixtures.offer("r1", "o1", Channel.VOICE));
        desk.roster(withdrawn("o1")); // before Twilio even named the call
        desk.roster(Fixtures.offer("r2", "o2", Channel.VOICE)); // the same interpreter: their phone may be ringing

        assertThat(desk.phoneWork).containsExactly("dial o1");
        desk.fact(placed("o1", "CA1"));
        assertThat(desk.phoneWork).containsExactly("dial o1", "cancel CA1");

        desk.fact(progressed("o1", "CA1", "canceled"));
        assertThat(desk.phoneWork).containsExactly("dial o1", "cancel CA1", "dial o2");
        assertThat(desk.reported()).isEmpty();
    }

    @Test
    void aWaitingOfferIsRungAnywayAfterAFewSeconds() {
        desk.roster(Fixtures.offer("r1", "o1", Channel.VOICE));
        desk.fact(placed("o1", "CA1"));
        desk.fact(progressed("o1", "CA1", "in-progress"));
        desk.roster(withdrawn("o1"));
        desk.roster(Fixtures.offer("r2", "o2", Channel.VOICE));

        desk.advance(Duration.ofSeconds(2));
        assertThat(desk.phoneWork).doesNotContain("dial o2");
        desk.advance(Duration.ofSeconds(4));
        assertThat(desk.phoneWork).containsOnlyOnce("dial o2");
    }

    @Test
    void anEscalationReadBeforeTheRequestsOpeningIsTextedWithItsReference() {
        desk.roster(new RequestEscalated(UUID.randomUUID(), Fixtures.NOW, ROSTER, "r1", "es", Channel.SMS,
                RequestEscalated.Reason.WAITED_TOO_LONG, "+18005550000", "+14125550122", null));
        assertThat(desk.phoneWork).isEmpty();

        desk.dispatch(Fixtures.opened("r1", Channel.SMS));

        assertThat(desk.phoneWork).containsExactly("text +14125550122 FALLBACK: Request K7Q2: no Spanish interpreter "
                + "is free. Call +1 800 555 0000 (our backup interpreter service) and give reference K7Q2.");
        desk.advance(Duration.ofSeconds(10));
        assertThat(desk.phoneWork).hasSize(1);
    }

    @Test
    void aTextWhoseOpeningNeverComesGoesOutWithWhatIsKnown() {
        desk.roster(new RequestEscalated(UUID.randomUUID(), Fixtures.NOW, ROSTER, "abcdef-123", "es", Channel.SMS,
                RequestEscalated.Reason.WAITED_TOO_LONG, null, "+14125550122", null));
        desk.roster(new RequestQueued(UUID.randomUUID(), Fixtures.NOW, ROSTER, "queued-1", "es", 2));

        desk.advance(Duration.ofSeconds(6));

        // the queued request's channel and phone are unknown: nobody to text
        assertThat(desk.phoneWork).containsExactly("text +14125550122 FALLBACK: Request ABCDEF: no Spanish "
                + "interpreter is free yet; we are still looking and will call you.");
    }

    @Test
    void aTextTwilioTookIsReportedByTheDesk() {
        desk.roster(new InterpreterStatusChanged(UUID.randomUUID(), Fixtures.NOW, ROSTER, "int-ana", "+14125550111",
                InterpreterStatus.OFFERED, InterpreterStatus.PAUSED, "missed 3 offers"));
        assertThat(desk.phoneWork).singleElement().asString().startsWith("text +14125550111 PAUSED: ");

        desk.fact(new TextSent(UUID.randomUUID(), Fixtures.NOW, ROSTER, null, "+14125550111", MessagePurpose.PAUSED,
                "SM1"));

        assertThat(desk.reported(MessageSent.class)).singleElement()
                .satisfies(e -> assertThat(e.messageSid()).isEqualTo("SM1"));
    }

    @Test
    void aCancelledRequestReleasesItsAcceptedInterpreter() {
        desk.dispatch(Fixtures.opened("r1", Channel.VOICE));
        desk.roster(Fixtures.offer("r1", "o1", Channel.VOICE));
        desk.fact(placed("o1", "CA1"));
        desk.fact(pressed("o1", "1"));

        desk.dispatch(new RequestCancelled(UUID.randomUUID(), Fixtures.NOW, ROSTER, "r1",
                RequestCancelled.Reason.SUPERVISOR));
        desk.roster(Fixtures.assigned("r1", "o1", Channel.VOICE)); // too late: the request is gone

        assertThat(desk.book().request("r1").orElseThrow().cancelled()).isTrue();
        assertThat(desk.phoneWork).contains("update CA-officer " + org.interpreterline.platform.twilio.TwimlReplies
                .xml(org.interpreterline.platform.twilio.TwimlReplies.sayAndHangUp(
                        org.interpreterline.notification.callbacks.CallbackPrompt.CANCELLED_BY_SUPERVISOR)));
    }

    @Test
    void aFlagTheOfficerAddsWhileTheInterpreterIsRungIsInThePromptTheyHear() {
        desk.roster(Fixtures.offer("r1", "o1", Channel.VOICE));
        desk.fact(placed("o1", "CA1"));

        desk.dispatch(new RequestFlagged(UUID.randomUUID(), Fixtures.NOW, ROSTER, "r1", List.of(CallFlag.CHILD)));

        assertThat(desk.book().offer("o1").orElseThrow().made().flags()).containsExactly(CallFlag.CHILD);
        assertThat(org.interpreterline.notification.offers.OfferPrompt.offer(desk.book().offer("o1").orElseThrow()
                .made())).contains("This call may involve a child.");
    }

    @Test
    void theOfficersSpokenNoteIsPlayedUntilItsRetentionEnds_thenDeletedAtTwilioOnce() {
        String sid = "RE" + "0123456789abcdef".repeat(2);
        desk.dispatch(Fixtures.opened("r1", Channel.VOICE));
        desk.dispatch(new SpokenNoteRecorded(UUID.randomUUID(), Fixtures.NOW, ROSTER, "r1", sid,
                "https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/" + sid, 6));
        assertThat(desk.book().spokenNote("r1")).hasValueSatisfying(note -> assertThat(note.seconds()).isEqualTo(6));

        desk.advance(Fixtures.props().spokenNoteRetention().minusSeconds(2));
        assertThat(desk.phoneWork).noneMatch(work -> work.startsWith("delete recording"));
        assertThat(desk.book().spokenNote("r1")).isPresent();

        desk.advance(Duration.ofSeconds(3));
        desk.advance(Duration.ofSeconds(3));
        assertThat(desk.phoneWork).containsOnlyOnce("delete recording " + sid + " of r1");
        assertThat(desk.book().spokenNote("r1")).as("no prompt plays a deleted recording").isEmpty();
    }

    @Test
    void theCallHearsOnceThatTheSecondInterpreterIsStillLookedFor_andOnceThatTheyAccepted() {
        desk.dispatch(Fixtures.opened("r1", Channel.SMS));
        desk.dispatch(Fixtures.relayOpened("m9", "r1"));

        desk.roster(new org.interpreterline.events.roster.RequestQueued(UUID.randomUUID(), Fixtures.NOW, ROSTER, "m9",
                "quc", 1));
        desk.roster(new org.interpreterline.events.roster.RequestQueued(UUID.randomUUID(), Fixtures.NOW, ROSTER, "m9",
                "quc", 1));
        desk.roster(Fixtures.relayOffer("m9", "r1", "o9"));
        desk.roster(Fixtures.relayAssigned("m9", "r1", "o9"));

        assertThat(desk.phoneWork).containsSubsequence(
                "announce in r1: No K'iche' interpreter is free yet. The line keeps looking.",
                "dial o9",
                "announce in r1: The K'iche' interpreter has accepted and is joining the call.");
        assertThat(desk.phoneWork).containsOnlyOnce(
                "announce in r1: No K'iche' interpreter is free yet. The line keeps looking.");
        assertThat(desk.phoneWork).as("nobody is called back, nobody texted for a relay")
                .noneMatch(w -> w.startsWith("call back") || w.startsWith("text"));
    }

    /** "Mam via Spanish" cancelled while its Spanish relay already waits in the call: the relay is let go too. */
    @Test
    void aCancelledRequestsRelayWaitingInTheCallIsLetGo() {
        desk.dispatch(Fixtures.opened("r1", Channel.SMS));
        desk.dispatch(Fixtures.relayOpened("m9", "r1"));
        desk.roster(Fixtures.relayOffer("m9", "r1", "o9"));
        desk.fact(placed("o9", "CA9"));
        desk.fact(new KeyPressed(UUID.randomUUID(), Fixtures.NOW, ROSTER, "o9", "1", "CA9"));
        desk.roster(Fixtures.relayAssigned("m9", "r1", "o9"));

        desk.dispatch(new RequestCancelled(UUID.randomUUID(), Fixtures.NOW, ROSTER, "r1",
                RequestCancelled.Reason.REQUESTER_TEXTED_CANCEL));

        assertThat(desk.phoneWork).contains("update CA9 " + noLongerNeededXml());
        assertThat(desk.book().request("m9")).hasValueSatisfying(r -> assertThat(r.cancelled()).isTrue());
    }

    @Test
    void anOfferTheRosterMadeBeforeItReadTheFlagStillWarns_thoughItReachesTheDeskAfterTheFlag() {
        desk.dispatch(new RequestFlagged(UUID.randomUUID(), Fixtures.NOW, ROSTER, "r1", List.of(CallFlag.DEATH)));
        desk.roster(Fixtures.offer("r1", "o1", Channel.VOICE));

        assertThat(desk.book().offer("o1").orElseThrow().made().flags()).containsExactly(CallFlag.DEATH);
    }

    @Test
    void anOfficerWhoCalledInAndHungUpHasTheirConferenceEnded_once() {
        desk.dispatch(Fixtures.opened("r1", Channel.VOICE));
        RequesterHungUp hungUp = new RequesterHungUp(UUID.randomUUID(), Fixtures.NOW, ROSTER, "r1", "CA-officer");

        desk.dispatch(hungUp);
        desk.dispatch(new RequesterHungUp(UUID.randomUUID(), Fixtures.NOW, ROSTER, "r1", "CA-officer")); // repeated

        assertThat(desk.phoneWork).containsOnlyOnce("end conference of r1");
    }

    @Test
    void theConferencesOwnReportOfTheOfficersHangUpEndsIt_aSteppingOutWithStarDoesNot() {
        desk.dispatch(Fixtures.opened("r1", Channel.VOICE));
        String officer = ConferenceSeat.label(Party.REQUESTER);

        desk.fact(new ConferenceReported(UUID.randomUUID(), Fixtures.NOW, ROSTER, "r1", "participant-leave", "CF1",
                "req-r1", "CA-officer", officer, "in-progress"));
        assertThat(desk.phoneWork).as("stepped out with *").doesNotContain("end conference of r1");

        desk.fact(new ConferenceReported(UUID.randomUUID(), Fixtures.NOW, ROSTER, "r1", "participant-leave", "CF1",
                "req-r1", "CA-officer", officer, "completed"));
        desk.dispatch(new RequesterHungUp(UUID.randomUUID(), Fixtures.NOW, ROSTER, "r1", "CA-officer")); // both heard
        assertThat(desk.phoneWork).containsOnlyOnce("end conference of r1");
    }

    @Test
    void aHangUpTheRecordTookForAWaitingCallerAlsoEndsTheConference_onceWhicheverReportComesFirst() {
        desk.dispatch(Fixtures.opened("r1", Channel.VOICE));
        desk.dispatch(Fixtures.opened("r2", Channel.SMS));

        desk.dispatch(new RequestCancelled(UUID.randomUUID(), Fixtures.NOW, ROSTER, "r1",
                RequestCancelled.Reason.REQUESTER_HUNG_UP));
        desk.dispatch(new RequesterHungUp(UUID.randomUUID(), Fixtures.NOW, ROSTER, "r1", "CA-officer"));
        desk.dispatch(new RequestCancelled(UUID.randomUUID(), Fixtures.NOW, ROSTER, "r2",
                RequestCancelled.Reason.REQUESTER_TEXTED_CANCEL));

        assertThat(desk.phoneWork).containsOnlyOnce("end conference of r1")
                .as("a texted cancellation has no conference of the officer's to end")
                .doesNotContain("end conference of r2");
    }

    @Test
    void howAnAddedNumberWentIsSaidIntoTheCallOfAnOfficerWhoCalledIn_andTextedToOneWhoTexted() {
        desk.dispatch(Fixtures.opened("r1", Channel.VOICE));
        desk.dispatch(Fixtures.opened("r2", Channel.SMS));
        UUID byKeypad = UUID.randomUUID();
        UUID byText = UUID.randomUUID();
        desk.dispatch(new ResidentAddRequested(byKeypad, Fixtures.NOW, ROSTER, "r1", "k1", "sealed", "***0199"));
        desk.dispatch(new ResidentAddRequested(byText, Fixtures.NOW, ROSTER, "r2", "k2", "sealed", "***0542"));

        desk.fact(new ResidentCallProgressed(UUID.randomUUID(), Fixtures.NOW, ROSTER, "r1", byKeypad.toString(),
                "CA-r1", "busy"));
        desk.fact(new ResidentCallProgressed(UUID.randomUUID(), Fixtures.NOW, ROSTER, "r2", byText.toString(),
                "CA-r2", "busy"));

        assertThat(desk.phoneWork)
                .contains("announce in r1: The number ending 0 1 9 9 was busy. To try again, press star.")
                .noneMatch(work -> work.startsWith("text") && work.contains("0199"))
                .anyMatch(work -> work.startsWith("text") && work.contains("The number ending 0542 was busy"))
                .noneMatch(work -> work.startsWith("announce in r2"));
    }

    @Test
    void untilItKeepsTheRostersCallsTheBookSaysSoInsteadOfNotFound() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> desk.book().offer("o1"))
                .isInstanceOf(org.interpreterline.notification.calls.CallBookUnavailable.class);

        desk.roster(Fixtures.offer("r1", "o1", Channel.VOICE));

        assertThat(desk.book().offer("o1")).isPresent();
        assertThat(desk.book().offer("o-unknown")).isEmpty();
        desk.advance(Duration.ofHours(3)); // pruned, but the roster's calls are still kept here
        assertThat(desk.book().offer("o1")).isEmpty();
    }

    @Test
    void anotherRostersEventsAreNotItsBusiness() {
        OfferMade made = Fixtures.offer("r1", "o1", Channel.VOICE);
        desk.roster(new OfferMade(made.eventId(), made.occurredAt(), "elsewhere", "r1", "o1", made.interpreterId(),
                made.interpreterName(), made.interpreterPhone(), "es", null, null, null, Channel.VOICE, null, null,
                null, made.deadline(), 1));

        assertThat(desk.phoneWork).isEmpty();
        desk.roster(Fixtures.offer("r2", "o2", Channel.VOICE)); // its own roster's
        assertThat(desk.book().offer("o1")).isEmpty();
    }

    @Test
    void whatIsFinishedIsForgottenAfterTheHorizon() {
        desk.dispatch(Fixtures.opened("r1", Channel.VOICE));
        desk.roster(Fixtures.offer("r1", "o1", Channel.VOICE));
        desk.fact(placed("o1", "CA1"));
        desk.fact(progressed("o1", "CA1", "busy"));
        desk.advance(Duration.ofMinutes(61));
        desk.roster(Fixtures.offer("r2", "o2", Channel.VOICE)); // still going an hour later

        desk.advance(Duration.ofMinutes(61)); // past the two-hour horizon of the first, not of the second

        assertThat(desk.book().offer("o1")).isEmpty();
        assertThat(desk.book().request("r1")).isEmpty();
        assertThat(desk.book().offer("o2")).isPresent();
        // a late callback of the forgotten call is answered, and reports nothing
        desk.fact(progressed("o1", "CA1", "completed"));
        assertThat(desk.reported(OfferNotAnswered.class)).hasSize(1);
    }

    private static OfferMade sameOfferAgain(OfferMade made) {
        return new OfferMade(UUID.randomUUID(), made.occurredAt(), made.rosterId(), made.requestId(), made.offerId(),
                made.interpreterId(), made.interpreterName(), made.interpreterPhone(), made.language(),
                made.agency(), made.priority(), made.note(), made.channel(), made.requesterPhone(),
                made.requesterCallSid(), made.conferenceName(), made.deadline(), made.attempt());
    }

    private static CallPlaced placed(String offerId, String callSid) {
        return new CallPlaced(UUID.randomUUID(), Fixtures.NOW, ROSTER, CallPurpose.OFFER, null, offerId, callSid,
                false);
    }

    private static OfferCallProgressed progressed(String offerId, String callSid, String status) {
        return new OfferCallProgressed(UUID.randomUUID(), Fixtures.NOW, ROSTER, offerId, callSid, status);
    }

    private static KeyPressed pressed(String offerId, String digits) {
        return new KeyPressed(UUID.randomUUID(), Fixtures.NOW, ROSTER, offerId, digits, "CA1");
    }

    private static OfferWithdrawn withdrawn(String offerId) {
        return new OfferWithdrawn(UUID.randomUUID(), Instant.now(), ROSTER, "r1", offerId, "int-ana",
                OfferWithdrawn.Reason.FILLED_BY_ANOTHER);
    }

    private static String noLongerNeededXml() {
        return org.interpreterline.platform.twilio.TwimlReplies.xml(
                org.interpreterline.notification.offers.OfferTwiml.noLongerNeeded());
    }
}

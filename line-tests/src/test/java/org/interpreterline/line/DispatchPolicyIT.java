package org.interpreterline.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.awaitility.Awaitility;
import org.interpreterline.local.process.ServiceProcess;
import org.interpreterline.events.InterpreterStatus;
import org.interpreterline.events.Priority;
import org.interpreterline.events.RequestConference;
import org.interpreterline.events.dispatch.RequestCancelled;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.notification.ConferenceEnded;
import org.interpreterline.events.notification.OfferNotAnswered;
import org.interpreterline.events.notification.ParticipantJoined;
import org.interpreterline.events.roster.InterpreterStatusChanged;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.events.roster.OfferWithdrawn;
import org.interpreterline.events.roster.RequestAssigned;
import org.interpreterline.events.roster.RequestEscalated;
import org.interpreterline.events.roster.RequestQueued;
import org.interpreterline.simulator.phones.Behaviour;
import org.interpreterline.simulator.phones.CallSummary;
import org.interpreterline.simulator.phones.PhoneCallState;
import org.interpreterline.simulator.phones.PhoneView;
import org.interpreterline.simulator.rest.ApiLogEntry;
import org.interpreterline.simulator.rest.RestFault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The dispatch policy on a line with a fallback provider and one interpreter rung at a time: nobody waits in silence
 * (queue places heard and texted, escalation to the fallback), nobody is double-booked or bridged into an empty
 * call (cancellations, late acceptances), presence by text, and unreadable records that do not stop the line.
 * Each scenario has its own language and phones; what people hear and read is checked on the simulator's phones,
 * what the services decided on the event log.
 */
class DispatchPolicyIT {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    /** Phones ring and prompts wait four times faster than real time: the 60 s ring timeout is 15 s. */
    static final double TIME_SCALE = 4;
    static final String FALLBACK = "+14125559000";
    static final String AGENCY_PIN = "246810";

    static LineUnderTest line;

    @BeforeAll
    static void startTheLine() throws Exception {
        line = LineUnderTest.start("dispatch-policy", Map.ofEntries(
                Map.entry("FALLBACK_NUMBER", FALLBACK),
                Map.entry("LINE_OFFER_TIMEOUT", "20s"),
                Map.entry("LINE_WRAP_UP", "2s"),
                Map.entry("LINE_ESCALATE_AFTER", "60s"),
                Map.entry("LINE_ESCALATE_AFTER_EMERGENCY", "20s"),
                Map.entry("LINE_DISPATCH_SMS_PRIORITY", "ROUTINE"),
                Map.entry("LINE_DISPATCH_AGENCIES_0_NAME", "Allegheny County Sheriff"),
                Map.entry("LINE_DISPATCH_AGENCIES_0_PIN", AGENCY_PIN),
                Map.entry("LINE_NOTIFICATION_RING_TIMEOUT", "60s"),
                // Twilio failing twice running opens the breaker, which tries again two seconds later
                Map.entry("LINE_TWILIO_BREAKER_WINDOW", "2"),
                Map.entry("LINE_TWILIO_BREAKER_OPEN_FOR", "2s")), TIME_SCALE);
        line.sim.configurePhone(FALLBACK, "Backup interpreter service", Behaviour.ANSWER, 200, null, false);
    }

    /** The fallback provider is one virtual phone: whoever was transferred there hangs up before the next scenario. */
    @AfterEach
    void freeTheFallback() {
        if (line.sim.phone(FALLBACK).callState() != PhoneCallState.IDLE) {
            line.sim.hangup(FALLBACK);
        }
    }

    @AfterAll
    static void stopTheLine() throws Exception {
        if (line != null) {
            line.close();
        }
    }

    @Test
    void withNobodyFreeRequestsWaitInLine_hearOrReadTheirPlace_andAreServedEmergencyFirstThenOldest()
            throws Exception {
        String lena = "+14125551201";
        String a = "+14125551101";
        String b = "+14125551102";
        String c = "+14125551103";
        String d = "+14125551104";
        String e = "+14125551105";
        for (String officer : List.of(a, b, c, d, e)) {
            line.responder("Officer " + officer.substring(8), officer, "Pittsburgh Police");
            line.sim.configurePhone(officer, null, Behaviour.ANSWER, 200, null, false);
        }
        line.sim.configurePhone(lena, "Lena Souza", Behaviour.MANUAL, null, null, false);
        String lenaId = line.availableInterpreter("Lena Souza", lena, List.of("pt"), 1);

        // A's request rings Lena; B and C (routine) and D (emergency, by text) and E (a call) wait for her
        RequestOpened ra = textRequest(a, "portuguese");
        OfferMade toLenaForA = line.events.await(OfferMade.class, o -> o.requestId().equals(ra.requestId()), PATIENCE);
        String lenaRingingForA = ringingCall(lena);
        RequestOpened rb = textRequest(b, "Portuguese");
        RequestOpened rc = textRequest(c, "portuguese please");
        RequestOpened rd = textRequest(d, "portuguese emergency");
        assertThat(List.of(rb.priority(), rc.priority(), rd.priority()))
                .containsExactly(Priority.ROUTINE, Priority.ROUTINE, Priority.EMERGENCY);
        assertThat(queuedAt(rb)).isEqualTo(1);
        assertThat(queuedAt(rc)).isEqualTo(2);
        assertThat(queuedAt(rd)).isEqualTo(1);
        awaitText(b, "all Portuguese interpreters are busy; you are number 1 in line");
        awaitText(c, "you are number 2 in line");
        awaitText(d, "you are number 1 in line");

        String callE = callAndSay(e, "Portuguese");
        RequestOpened re = line.events.await(RequestOpened.class, o -> callE.equals(o.requesterCallSid()), PATIENCE);
        assertThat(queuedAt(re)).isEqualTo(2);
        PhoneView holding = line.sim.awaitPhone(e, p -> p.callState() == PhoneCallState.ON_HOLD, PATIENCE);
        assertThat(holding.heardText("Finding a Portuguese interpreter")).isTrue();
        String waitUrl = "/twilio/voice/hold?requestId=" + re.requestId();
        assertThat(holding.transcript()).anyMatch(t -> t.text().contains(waitUrl)); // what Twilio plays in a loop
        line.awaitStatus(re.requestId(), "QUEUED");
        assertThat(line.hold(re.requestId())).contains("<Say>All Portuguese interpreters are busy. You are number 2 in "
                + "line. Please stay on the line; we will connect you as soon as one is free.</Say>");

        // A cancels by text: Lena's ringing phone stops, and she is offered the emergency, not the older routines
        line.sim.sms(a, "CANCEL");
        awaitText(a, "Request " + ra.reference() + " cancelled");
        assertThat(line.events.await(OfferWithdrawn.class, w -> w.offerId().equals(toLenaForA.offerId()), PATIENCE)
                .reason()).isEqualTo(OfferWithdrawn.Reason.REQUEST_CANCELLED);
        awaitCallUpdated(lenaRingingForA, "Status", "canceled"); // fails when no such update comes
        OfferMade toLenaForD = line.events.await(OfferMade.class, o -> o.interpreterId().equals(lenaId)
                && !o.offerId().equals(toLenaForA.offerId()), PATIENCE);
        assertThat(toLenaForD.requestId()).isEqualTo(rd.requestId());
        awaitHeldAt(re.requestId(), 1); // D is being offered now: E is next
        answerAndPress(lena, "Portuguese interpreter needed", "1");
        line.events.await(RequestAssigned.class, x -> x.requestId().equals(rd.requestId()), PATIENCE);
        line.sim.awaitConference("req-" + rd.requestId(), conf -> conf.phoneNumbers().containsAll(List.of(d, lena)),
                PATIENCE);

        // E waited past the emergency limit while Lena was busy: transferred to the fallback provider
        RequestEscalated escalated = line.events.await(RequestEscalated.class,
                x -> x.requestId().equals(re.requestId()), PATIENCE);
        assertThat(escalated.reason()).isEqualTo(RequestEscalated.Reason.WAITED_TOO_LONG);
        assertThat(escalated.fallbackNumber()).isEqualTo(FALLBACK);
        assertTransferredToTheFallback(e, callE);
        line.awaitStatus(re.requestId(), "ESCALATED");

        // D's call ends: Lena wraps up, then takes the oldest routine request, B
        line.sim.hangup(d);
        line.events.await(ConferenceEnded.class, x -> x.requestId().equals(rd.requestId()), PATIENCE);
        OfferMade toLenaForB = line.events.await(OfferMade.class, o -> o.interpreterId().equals(lenaId)
                && o.requestId().equals(rb.requestId()), PATIENCE);
        // the roster writes the offer a moment before Lena's status change: the story is read once the test's reader
        // has the change too (read on seeing the offer, it failed once in CI)
        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> assertThat(line.events.all(
                InterpreterStatusChanged.class, s -> s.interpreterId().equals(lenaId)))
                .extracting(InterpreterStatusChanged::current).containsSubsequence(
                        InterpreterStatus.OFFERED, InterpreterStatus.AVAILABLE, InterpreterStatus.OFFERED,
                        InterpreterStatus.ON_CALL, InterpreterStatus.WRAP_UP, InterpreterStatus.AVAILABLE,
                        InterpreterStatus.OFFERED));
        List<InterpreterStatusChanged> lenaStory = line.events.all(InterpreterStatusChanged.class,
                s -> s.interpreterId().equals(lenaId));
        InterpreterStatusChanged wrapUpOver = lenaStory.stream().filter(s -> s.previous() == InterpreterStatus.WRAP_UP)
                .findFirst().orElseThrow();
        assertThat(Duration.between(line.events.await(ConferenceEnded.class,
                x -> x.requestId().equals(rd.requestId()), PATIENCE).occurredAt(), wrapUpOver.occurredAt()))
                .isBetween(Duration.ofMillis(1500), Duration.ofSeconds(10));
        assertThat(toLenaForB.occurredAt()).isAfterOrEqualTo(wrapUpOver.occurredAt());

        line.sim.sms(b, "cancel");
        line.sim.sms(c, "cancel");
        awaitText(c, "Request " + rc.reference() + " cancelled");
    }

    @Test
    void aCallerForALanguageNobodySpeaksIsTransferredToTheFallbackAtOnce() throws Exception {
        String officer = "+14125551106";
        line.responder("Officer Farah", officer, "Pittsburgh Fire");

        String call = callAndSay(officer, "Somali");

        RequestOpened opened = line.events.await(RequestOpened.class, o -> call.equals(o.requesterCallSid()), PATIENCE);
        RequestEscalated escalated = line.events.await(RequestEscalated.class,
                x -> x.requestId().equals(opened.requestId()), PATIENCE);
        assertThat(escalated.reason()).isEqualTo(RequestEscalated.Reason.NO_INTERPRETER_FOR_LANGUAGE);
        assertTransferredToTheFallback(officer, call);
        JsonNode record = line.awaitStatus(opened.requestId(), "ESCALATED");
        assertThat(record.path("outcome").asString()).isEqualTo("ESCALATED");
        assertThat(line.events.all(OfferMade.class, o -> o.requestId().equals(opened.requestId()))).isEmpty();
    }

    @Test
    void whenTwilioKeepsFailingTheRequestGoesToTheFallbackAtOnce_theCallerHearsItsNumber_andTheLineRecovers()
            throws Exception {
        String officer = "+14125551116";
        String hana = "+14125551131";
        line.responder("Officer Girma", officer, "Pittsburgh Police");
        line.sim.configurePhone(hana, "Hana Tesfaye", Behaviour.ANSWER, 200, "1", false);
        String hanaId = line.availableInterpreter("Hana Tesfaye", hana, List.of("am"), 1);
        line.sim.restFault(RestFault.failing("/Calls.json", 503, 0));
        try {
            String call = callAndSay(officer, "Amharic");
            RequestOpened opened = line.events.await(RequestOpened.class, o -> call.equals(o.requesterCallSid()),
                    PATIENCE);
            RequestEscalated escalated = line.events.await(RequestEscalated.class,
                    x -> x.requestId().equals(opened.requestId()), PATIENCE);
            assertThat(escalated.reason()).isEqualTo(RequestEscalated.Reason.TWILIO_UNAVAILABLE);
            assertThat(line.events.all(OfferNotAnswered.class, n -> n.requestId().equals(opened.requestId())))
                    .extracting(OfferNotAnswered::outcome).contains(OfferNotAnswered.Outcome.TWILIO_UNAVAILABLE);
            // the transfer needs Twilio too: the next time Twilio plays the officer's wait URL (it loops it) the
            // officer is given the backup number instead of more music (once the record has the escalation: the
            // event log may read it a moment before dispatch-service does)
            String hold = Awaitility.await().atMost(PATIENCE).until(() -> line.hold(opened.requestId()),
                    words -> words.contains("The line cannot reach its interpreters right now"));
            assertThat(hold).contains("4 1 2, 5 5 5, 9 0 0 0");
            assertThat(line.rosterAdmin.ok("GET", "/api/interpreters/" + hanaId, null).path("missedInARow").asInt())
                    .as("Twilio's failure is no miss of the interpreter's").isZero();
            line.sim.hangup(officer);
        } finally {
            line.sim.clearRestFaults();
            // Twilio is back: the breaker tries it again (half-open, 2 s here), with nobody resetting anything;
            // awaited here too when the test fails, so that the next test does not find it open
            Awaitility.await().atMost(PATIENCE).until(() -> List.of(0.0, 2.0) // closed, or half-open: Twilio is asked
                    .contains(line.notificationAdmin.metric("line_twilio_breaker_state", "")));
        }

        // the next call is bridged
        String again = callAndSay(officer, "Amharic");
        RequestOpened next = line.events.await(RequestOpened.class, o -> again.equals(o.requesterCallSid()), PATIENCE);
        line.sim.awaitConference(RequestConference.nameOf(next.requestId()),
                c -> c.phoneNumbers().containsAll(List.of(officer, hana)), PATIENCE);
        line.sim.hangup(officer);
    }

    @Test
    void threeMissedOffersPauseTheInterpreterWithATextAndEveryTexterGetsTheFallbackNumber() throws Exception {
        String pat = "+14125551202";
        line.sim.configurePhone(pat, "Pat Karimi", Behaviour.BUSY, null, null, false);
        String patId = line.availableInterpreter("Pat Karimi", pat, List.of("prs"), 1);

        for (String officer : List.of("+14125551107", "+14125551108", "+14125551109")) {
            line.responder("Officer " + officer.substring(8), officer, "Pittsburgh Police");
            RequestOpened opened = textRequest(officer, "dari");
            OfferNotAnswered missed = line.events.await(OfferNotAnswered.class,
                    n -> n.requestId().equals(opened.requestId()), PATIENCE);
            assertThat(missed.outcome()).isEqualTo(OfferNotAnswered.Outcome.BUSY);
            RequestEscalated escalated = line.events.await(RequestEscalated.class,
                    x -> x.requestId().equals(opened.requestId()), PATIENCE);
            assertThat(escalated.reason()).isEqualTo(RequestEscalated.Reason.ALL_DECLINED);
            awaitText(officer, "Request " + opened.reference() + ": no Dari interpreter is free. Call +1 412 555 9000 "
                    + "(our backup interpreter service) and give reference " + opened.reference() + ".");
            line.awaitStatus(opened.requestId(), "ESCALATED");
        }

        InterpreterStatusChanged paused = line.events.await(InterpreterStatusChanged.class,
                s -> s.interpreterId().equals(patId) && s.current() == InterpreterStatus.PAUSED, PATIENCE);
        assertThat(paused.reason()).isEqualTo("3 offers missed in a row");
        awaitText(pat, "you missed several calls in a row, so we paused your offers. Text ON when you are ready to "
                + "take calls again.");
        line.sim.sms(pat, "STATUS");
        awaitText(pat, "You are PAUSED after missed calls. Text ON to take calls again.");
        line.sim.sms(pat, "ON");
        awaitText(pat, "You are ON: we'll call you for Dari.");
        line.events.await(InterpreterStatusChanged.class, s -> s.interpreterId().equals(patId)
                && s.previous() == InterpreterStatus.PAUSED && s.current() == InterpreterStatus.AVAILABLE, PATIENCE);
    }

    @Test
    void anOfficerWhoHangsUpWhileTheInterpreterRingsCancels_andTheRingingCallIsHungUp() throws Exception {
        String officer = "+14125551110";
        String minh = "+14125551203";
        line.responder("Officer Tran", officer, "Pittsburgh Police");
        line.sim.configurePhone(minh, "Minh Pham", Behaviour.MANUAL, null, null, false);
        String minhId = line.availableInterpreter("Minh Pham", minh, List.of("vi"), 1);

        String call = callAndSay(officer, "Vietnamese");
        RequestOpened opened = line.events.await(RequestOpened.class, o -> call.equals(o.requesterCallSid()), PATIENCE);
        OfferMade offer = line.events.await(OfferMade.class, o -> o.requestId().equals(opened.requestId()), PATIENCE);
        String minhsCall = ringingCall(minh);
        line.sim.hangup(officer);

        assertThat(line.events.await(RequestCancelled.class, x -> x.requestId().equals(opened.requestId()), PATIENCE)
                .reason()).isEqualTo(RequestCancelled.Reason.REQUESTER_HUNG_UP);
        assertThat(line.events.await(OfferWithdrawn.class, w -> w.offerId().equals(offer.offerId()), PATIENCE)
                .reason()).isEqualTo(OfferWithdrawn.Reason.REQUEST_CANCELLED);
        awaitCallUpdated(minhsCall, "Status", "canceled"); // fails when no such update comes
        PhoneView idle = line.sim.awaitPhone(minh, p -> p.callState() == PhoneCallState.IDLE, PATIENCE);
        assertThat(idle.calls()).extracting(CallSummary::status).containsOnly("canceled");
        line.events.await(InterpreterStatusChanged.class, s -> s.interpreterId().equals(minhId)
                && s.previous() == InterpreterStatus.OFFERED && s.current() == InterpreterStatus.AVAILABLE, PATIENCE);
        assertThat(line.awaitStatus(opened.requestId(), "CANCELLED").path("outcome").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void aSupervisorCancelsAWaitingCall_theInterpreterStopsRinging_andTheOfficerIsToldWhy() throws Exception {
        String officer = "+14125551111";
        String ji = "+14125551204";
        line.responder("Officer Park", officer, "Pittsburgh Police");
        line.sim.configurePhone(ji, "Ji-woo Kim", Behaviour.MANUAL, null, null, false);
        line.availableInterpreter("Ji-woo Kim", ji, List.of("ko"), 1);

        String call = callAndSay(officer, "Korean");
        RequestOpened opened = line.events.await(RequestOpened.class, o -> call.equals(o.requesterCallSid()), PATIENCE);
        line.events.await(OfferMade.class, o -> o.requestId().equals(opened.requestId()), PATIENCE);
        String jisCall = ringingCall(ji);

        JsonNode cancelled = line.dispatchAdmin.ok("POST", "/api/requests/" + opened.reference() + "/cancel", null);

        assertThat(cancelled.path("status").asString()).isEqualTo("CANCELLED");
        assertThat(line.events.await(RequestCancelled.class, x -> x.requestId().equals(opened.requestId()), PATIENCE)
                .reason()).isEqualTo(RequestCancelled.Reason.SUPERVISOR);
        awaitCallUpdated(jisCall, "Status", "canceled"); // fails when no such update comes
        PhoneView told = line.sim.awaitPhone(officer, p -> p.callState() == PhoneCallState.IDLE, PATIENCE);
        assertThat(told.heard()).last().isEqualTo("Interpreter Line. Your request was cancelled by a supervisor. If "
                + "you still need an interpreter, please call again. Goodbye.");
        HttpResponse<String> again = line.dispatchAdmin.send("POST", "/api/requests/" + opened.requestId()
                + "/cancel", null);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(line.events.all(RequestCancelled.class, x -> x.requestId().equals(opened.requestId())))
                .extracting(RequestCancelled::eventId).hasSize(1);
    }

    @Test
    void aSupervisorCancelsATextedRequest_theInterpreterStopsRinging_andTheOfficerGetsAText() throws Exception {
        String officer = "+14125551115";
        String eleni = "+14125551208";
        line.responder("Officer Pappas", officer, "Pittsburgh Police");
        line.sim.configurePhone(officer, null, Behaviour.ANSWER, 200, null, false);
        line.sim.configurePhone(eleni, "Eleni Vlachou", Behaviour.MANUAL, null, null, false);
        line.availableInterpreter("Eleni Vlachou", eleni, List.of("el"), 1);

        RequestOpened opened = textRequest(officer, "Greek");
        line.events.await(OfferMade.class, o -> o.requestId().equals(opened.requestId()), PATIENCE);
        String elenisCall = ringingCall(eleni);

        line.dispatchAdmin.ok("POST", "/api/requests/" + opened.reference() + "/cancel", null);

        assertThat(line.events.await(RequestCancelled.class, x -> x.requestId().equals(opened.requestId()), PATIENCE)
                .reason()).isEqualTo(RequestCancelled.Reason.SUPERVISOR);
        awaitCallUpdated(elenisCall, "Status", "canceled"); // fails when no such update comes
        PhoneView told = awaitText(officer, "was cancelled by a supervisor");
        assertThat(told.inboxBodies()).last().isEqualTo("Request " + opened.reference() + " was cancelled by a "
                + "supervisor. Text a language if you still need an interpreter.");
        assertThat(told.calls()).as("a texter is not called back for a cancelled request").isEmpty();
    }

    @Test
    void anInterpreterWhoPressesOneAfterTheOfficerCancelledHearsItIsNoLongerNeeded_andIsNeverBridged()
            throws Exception {
        String officer = "+14125551112";
        String amelie = "+14125551205";
        line.responder("Officer Dubois", officer, "Pittsburgh Police");
        line.sim.configurePhone(officer, null, Behaviour.ANSWER, 200, null, false);
        line.sim.configurePhone(amelie, "Amelie Roy", Behaviour.MANUAL, null, null, false);
        String amelieId = line.availableInterpreter("Amelie Roy", amelie, List.of("fr"), 1);

        RequestOpened opened = textRequest(officer, "french");
        OfferMade offer = line.events.await(OfferMade.class, o -> o.requestId().equals(opened.requestId()), PATIENCE);
        line.sim.awaitPhone(amelie, p -> p.callState() == PhoneCallState.RINGING, PATIENCE);
        line.sim.answer(amelie);
        line.sim.awaitPhone(amelie, p -> p.waitingForInput() && p.heardText("French interpreter needed"), PATIENCE);

        // the officer cancels; a moment later Amelie presses 1, before or after the line took the offer back: whether
        // her "1" is still reported as an acceptance (and then released) or turned away at once is a race
        line.sim.sms(officer, "CANCEL");
        line.sim.press(amelie, "1");

        line.events.await(RequestCancelled.class, x -> x.requestId().equals(opened.requestId()), PATIENCE);
        PhoneView released = line.sim.awaitPhone(amelie, p -> p.callState() == PhoneCallState.IDLE
                && p.heardText(NO_LONGER_NEEDED), PATIENCE);
        assertThat(released.heard()).last().isEqualTo(NO_LONGER_NEEDED);
        assertThat(released.transcript()).noneMatch(t -> t.text().contains("conference"));
        assertThat(line.sim.conference("req-" + opened.requestId())).isEmpty();
        assertThat(line.events.all(ParticipantJoined.class, j -> j.requestId().equals(opened.requestId()))).isEmpty();
        assertThat(line.sim.phone(officer).calls()).isEmpty(); // never called back into an empty conference
        line.events.await(InterpreterStatusChanged.class, s -> s.interpreterId().equals(amelieId)
                && s.current() == InterpreterStatus.AVAILABLE && s.occurredAt().isAfter(offer.occurredAt()), PATIENCE);
        line.awaitStatus(opened.requestId(), "CANCELLED");
    }

    @Test
    void interpretersSetTheirPresenceByText_wrapUpAfterEachCall_andAWaitingRequestIsOfferedTheMomentTheyComeOn()
            throws Exception {
        String officer = "+14125551113";
        String rose = "+14125551206";
        line.responder("Officer Joseph", officer, "Pittsburgh Police");
        line.sim.configurePhone(officer, null, Behaviour.ANSWER, 200, null, false);
        line.sim.configurePhone(rose, "Rose Pierre", Behaviour.ANSWER, 200, "1", false);
        String roseId = line.rosterAdmin.ok("POST", "/api/interpreters", Map.of("name", "Rose Pierre", "phone", rose,
                "languages", List.of("ht"), "tier", 1)).path("id").asString();

        RequestOpened opened = textRequest(officer, "haitian creole");
        assertThat(queuedAt(opened)).isEqualTo(1); // Rose is on the roster but off duty
        line.sim.sms(rose, "status");
        awaitText(rose, "You are OFF. Text ON to take calls. Languages: Haitian Creole.");

        line.sim.sms(rose, "ON");
        awaitText(rose, "You are ON: we'll call you for Haitian Creole.");
        InterpreterStatusChanged on = line.events.await(InterpreterStatusChanged.class,
                s -> s.interpreterId().equals(roseId) && s.current() == InterpreterStatus.AVAILABLE, PATIENCE);
        assertThat(on.reason()).isEqualTo("texted ON");
        OfferMade offer = line.events.await(OfferMade.class, o -> o.requestId().equals(opened.requestId()), PATIENCE);
        assertThat(offer.interpreterId()).isEqualTo(roseId);
        assertThat(Duration.between(on.occurredAt(), offer.occurredAt())).isLessThan(Duration.ofMillis(500));
        line.sim.awaitConference("req-" + opened.requestId(), c -> c.phoneNumbers().containsAll(List.of(officer, rose)),
                PATIENCE);
        line.sim.sms(rose, "status");
        awaitText(rose, "You are on a call.");

        line.sim.hangup(officer);
        line.events.await(InterpreterStatusChanged.class, s -> s.interpreterId().equals(roseId)
                && s.previous() == InterpreterStatus.ON_CALL && s.current() == InterpreterStatus.WRAP_UP, PATIENCE);
        line.events.await(InterpreterStatusChanged.class, s -> s.interpreterId().equals(roseId)
                && s.previous() == InterpreterStatus.WRAP_UP && s.current() == InterpreterStatus.AVAILABLE, PATIENCE);

        line.sim.sms(rose, "BREAK");
        awaitText(rose, "You are on BREAK: we won't call you until you text ON.");
        line.events.await(InterpreterStatusChanged.class, s -> s.interpreterId().equals(roseId)
                && s.current() == InterpreterStatus.BREAK && "texted BREAK".equals(s.reason()), PATIENCE);
        line.sim.sms(rose, "STATUS");
        awaitText(rose, "You are on BREAK. Text ON when you are back.");
        line.sim.sms(rose, "off");
        awaitText(rose, "You are OFF: we won't call you until you text ON.");
        line.events.await(InterpreterStatusChanged.class, s -> s.interpreterId().equals(roseId)
                && s.previous() == InterpreterStatus.BREAK && s.current() == InterpreterStatus.OFFLINE, PATIENCE);
    }

    @Test
    void unreadableRecordsOnEveryEventTopicGoToTheirDeadLetterTopics_andTheLineStillServesTheNextCall()
            throws Exception {
        DeadLetters deadLetters = new DeadLetters(line.broker.bootstrapServers());
        String marker = "garbage-" + System.nanoTime();
        deadLetters.writeGarbage("dispatch.events", "{\"type\":\"RequestOpened\",\"requestId\":\"" + marker);
        deadLetters.writeGarbage("roster.events", "not json at all " + marker);
        deadLetters.writeGarbage("notification.events", "{\"type\":\"OfferAnswered\",\"rosterId\":\"default\","
                + "\"note\":\"" + marker + "\"}");

        Map<String, List<String>> expected = Map.of(
                "dispatch.events.dlt", List.of("interpreter-roster", "dispatch-service", "notification-service"),
                "roster.events.dlt", List.of("dispatch-service", "notification-service"),
                "notification.events.dlt", List.of("interpreter-roster", "dispatch-service"));
        List<DeadLetters.Letter> letters = org.awaitility.Awaitility.await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> deadLetters.read(List.copyOf(expected.keySet())).stream()
                        .filter(l -> l.value() != null && l.value().contains(marker)).toList(),
                        found -> expected.entrySet().stream().allMatch(x -> found.stream()
                                .filter(l -> l.topic().equals(x.getKey())).map(DeadLetters.Letter::consumer)
                                .toList().containsAll(x.getValue())));
        assertThat(letters).allSatisfy(l -> assertThat(l.error()).isNotBlank());
        assertThat(line.events.unreadable()).hasSize(3);

        String officer = "+14125551114";
        String ivan = "+14125551207";
        line.responder("Officer Petrov", officer, "Pittsburgh Police");
        line.sim.configurePhone(ivan, "Ivan Orlov", Behaviour.ANSWER, 200, "1", false);
        line.availableInterpreter("Ivan Orlov", ivan, List.of("ru"), 1);
        String call = callAndSay(officer, "Russian");
        RequestOpened opened = line.events.await(RequestOpened.class, o -> call.equals(o.requesterCallSid()), PATIENCE);
        line.sim.awaitConference("req-" + opened.requestId(), c -> c.phoneNumbers().containsAll(List.of(officer, ivan)),
                PATIENCE);
        line.awaitStatus(opened.requestId(), "CONNECTED");
        for (ServiceProcess service : line.services()) {
            assertThat(new org.interpreterline.testkit.ServiceProbe(service.port()).awaitHealth()).isEqualTo("UP");
        }
        line.sim.hangup(officer);
    }

    @Test
    void aNumberThatKeepsGuessingPinsIsLockedOut_itsSixthCallGoesStraightToTheFallbackWithoutAPinQuestion()
            throws Exception {
        String stranger = "+14125551301";
        String deputy = "+14125551302";
        line.sim.configurePhone(stranger, "Unknown caller", Behaviour.MANUAL, null, null, false);
        line.sim.configurePhone(deputy, "Deputy Kowalski", Behaviour.MANUAL, null, null, false);
        int since = 0;
        for (int call = 1; call <= 5; call++) {
            since = line.sim.phone(stranger).heard().size();
            line.sim.dial(stranger);
            awaitHeardSince(stranger, since, "Enter your agency PIN");
            line.sim.press(stranger, "1357#");
            if (call < 5) {
                awaitHeardSince(stranger, since, "Sorry, that PIN is not valid.");
                line.sim.hangup(stranger);
                line.sim.awaitPhone(stranger, p -> p.callState() == PhoneCallState.IDLE, PATIENCE);
            }
        }
        awaitHeardSince(stranger, since, "Too many wrong PINs were entered from this phone.");
        line.sim.awaitPhone(FALLBACK, p -> p.calls().stream().anyMatch(c -> stranger.equals(c.other())), PATIENCE);
        line.sim.hangup(stranger);
        line.sim.awaitPhone(FALLBACK, p -> p.callState() == PhoneCallState.IDLE, PATIENCE);
        long transfersBefore = line.sim.phone(FALLBACK).calls().stream().filter(c -> stranger.equals(c.other())).count();

        since = line.sim.phone(stranger).heard().size();
        line.sim.dial(stranger);

        PhoneView sixth = awaitHeardSince(stranger, since, "Too many wrong PINs were entered from this phone.");
        line.sim.awaitPhone(FALLBACK, p -> p.calls().stream().filter(c -> stranger.equals(c.other())).count()
                == transfersBefore + 1, PATIENCE);
        List<String> heard = sixth.heard().subList(since, sixth.heard().size());
        assertThat(heard).first().asString().startsWith("Too many wrong PINs were entered from this phone.")
                .contains("Connecting you to our partner interpreter service now.");
        assertThat(heard).noneMatch(h -> h.contains("PIN, then press pound"));
        line.sim.hangup(stranger);

        // an officer on another unregistered phone still gets in with the agency's PIN
        line.sim.dial(deputy);
        awaitHeardSince(deputy, 0, "Enter your agency PIN");
        line.sim.press(deputy, AGENCY_PIN + "#");
        awaitHeardSince(deputy, 0, "Thank you. For Spanish, press 1.");
        line.sim.hangup(deputy);
    }

    // ---- what officers and interpreters do

    static final String NO_LONGER_NEEDED = "This request is no longer needed. Thank you.";

    private static RequestOpened textRequest(String officer, String text) {
        String sid = line.sim.sms(officer, text);
        RequestOpened opened = line.events.await(RequestOpened.class, o -> o.requestId().equals(Officers.requestIdOfText(sid)),
                PATIENCE);
        awaitText(officer, "Request " + opened.reference() + ": finding");
        return opened;
    }

    private static String callAndSay(String officer, String language) {
        return Officers.callAndSay(line, officer, language, PATIENCE);
    }

    private static void answerAndPress(String interpreter, String prompt, String key) {
        line.sim.awaitPhone(interpreter, p -> p.callState() == PhoneCallState.RINGING, PATIENCE);
        line.sim.answer(interpreter);
        line.sim.awaitPhone(interpreter, p -> p.waitingForInput() && p.heardText(prompt), PATIENCE);
        line.sim.press(interpreter, key);
    }

    /** Waits until the phone heard {@code fragment} among what the line said after its first {@code since} lines. */
    private static PhoneView awaitHeardSince(String phone, int since, String fragment) {
        return line.sim.awaitPhone(phone, p -> p.heard().size() > since && p.heard().subList(since, p.heard().size())
                .stream().anyMatch(h -> h.contains(fragment)), PATIENCE);
    }

    private static PhoneView awaitText(String phone, String fragment) {
        return line.sim.awaitPhone(phone, p -> p.inboxBodies().stream().anyMatch(b -> b.contains(fragment)), PATIENCE);
    }

    private static int queuedAt(RequestOpened opened) {
        return line.events.await(RequestQueued.class, q -> q.requestId().equals(opened.requestId()), PATIENCE)
                .position();
    }

    private static void assertTransferredToTheFallback(String officer, String officerCall) {
        PhoneView transferred = line.sim.awaitPhone(officer, p -> p.heardText(
                "Transferring you to our backup interpreter service."), PATIENCE);
        assertThat(transferred.heard()).last().isEqualTo("Transferring you to our backup interpreter service.");
        ApiLogEntry update = awaitCallUpdated(officerCall, "Twiml", "<Dial>" + FALLBACK + "</Dial>");
        assertThat(update.method()).isEqualTo("POST");
        line.sim.awaitPhone(FALLBACK, p -> p.calls().stream().anyMatch(c -> officer.equals(c.other())), PATIENCE);
        line.sim.hangup(officer); // the fallback phone is one phone: free it for the next transfer
        line.sim.awaitPhone(FALLBACK, p -> p.callState() == PhoneCallState.IDLE, PATIENCE);
    }

    /** The call ringing this phone now: the offer's interpreter leg. */
    private static String ringingCall(String phone) {
        return line.sim.awaitPhone(phone, p -> p.callState() == PhoneCallState.RINGING, PATIENCE).callSid();
    }

    /** Waits for a Calls API update of this call whose parameter contains the text. */
    private static ApiLogEntry awaitCallUpdated(String callSid, String param, String contains) {
        return org.awaitility.Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50))
                .until(() -> line.sim.apiLog().stream()
                        .filter(e -> e.path().endsWith("/Calls/" + callSid + ".json") && "POST".equals(e.method()))
                        .filter(e -> e.params().getOrDefault(param, List.of()).stream().anyMatch(v -> v.contains(contains)))
                        .findFirst().orElse(null), Objects::nonNull);
    }

    private static void awaitHeldAt(String requestId, int place) {
        org.awaitility.Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> line.hold(requestId), twiml -> twiml.contains("You are number " + place + " in line."));
    }
}

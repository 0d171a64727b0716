package org.interpreterline.roster.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueStore;
import org.interpreterline.events.Channel;
import org.interpreterline.events.InterpreterStatus;
import org.interpreterline.events.Priority;
import org.interpreterline.events.RequestConference;
import org.interpreterline.events.dispatch.PresenceRequested.Presence;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.notification.OfferAnswered;
import org.interpreterline.events.notification.OfferNotAnswered.Outcome;
import org.interpreterline.events.roster.InterpreterSnapshot;
import org.interpreterline.events.roster.InterpreterStatusChanged;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.events.roster.OfferWithdrawn;
import org.interpreterline.events.roster.RequestAssigned;
import org.interpreterline.events.roster.RequestEscalated;
import org.interpreterline.events.roster.RequestQueued;
import org.interpreterline.events.roster.PutInterpreter;
import org.interpreterline.events.roster.RosterEvent;
import org.interpreterline.events.roster.SameInterpreterOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllocatorTest {

    private static final String FALLBACK = "+18005550199";

    @TempDir
    Path stateDir;

    private RosterDriver d;

    private RosterDriver driver(AllocationPolicy policy) {
        d = new RosterDriver(policy, stateDir);
        return d;
    }

    @AfterEach
    void close() {
        if (d != null) {
            d.close();
        }
    }

    // ---- helpers reading the output ----

    static List<String> types(List<RosterEvent> events) {
        return events.stream().map(RosterEvent::type).toList();
    }

    static <T> List<T> only(List<RosterEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    static OfferMade offer(List<RosterEvent> events) {
        List<OfferMade> offers = only(events, OfferMade.class);
        assertThat(offers).hasSize(1);
        return offers.getFirst();
    }

    static InterpreterStatusChanged status(List<RosterEvent> events, String interpreterId) {
        return only(events, InterpreterStatusChanged.class).stream()
                .filter(s -> s.interpreterId().equals(interpreterId)).reduce((a, b) -> b).orElseThrow();
    }

    static InterpreterSnapshot lastSnapshot(List<KeyValue<String, InterpreterSnapshot>> records, String id) {
        return records.stream().filter(kv -> kv.key.equals(id)).map(kv -> kv.value).reduce((a, b) -> b)
                .orElseThrow();
    }

    /** The same interpreter again: the officer asks for the one from last time ({@code AGAIN}, voice menu 9). */
    @Nested
    class TheSameInterpreterAgain {

        private SameInterpreterOutcome outcome(List<RosterEvent> events) {
            List<SameInterpreterOutcome> outcomes = only(events, SameInterpreterOutcome.class);
            assertThat(outcomes).hasSize(1);
            return outcomes.getFirst();
        }

        @Test
        void theyAreOfferedItFirst_evenWhenSomeoneElseComesFirstInOrder_andTheirAcceptanceIsAnnounced() {
            driver(AllocationPolicy.defaults());
            d.on("ana", "Ana Ruiz", 1, "es");
            d.advanceSeconds(5);
            d.on("bea", "Bea Soto", 2, "es"); // idle shorter and a lower tier: never first otherwise
            d.events();

            d.openAgain("M3X8", "es", Priority.URGENT, "bea");
            List<RosterEvent> offered = d.events();
            assertThat(types(offered)).containsExactly("OfferMade", "InterpreterStatusChanged");
            OfferMade toBea = offer(offered);
            assertThat(toBea.interpreterId()).isEqualTo("bea");

            d.accept(toBea);
            List<RosterEvent> accepted = d.events();
            assertThat(types(accepted)).containsSubsequence("SameInterpreterOutcome", "RequestAssigned");
            assertThat(outcome(accepted)).extracting(SameInterpreterOutcome::interpreterId,
                    SameInterpreterOutcome::interpreterName, SameInterpreterOutcome::outcome, SameInterpreterOutcome::channel)
                    .containsExactly("bea", "Bea Soto", SameInterpreterOutcome.Outcome.ACCEPTED, Channel.VOICE);
        }

        @Test
        void whileTheyAreOnACall_nobodyElseIsOffered_andTheyAreOfferedItTheMomentTheyAreFree() {
            driver(AllocationPolicy.defaults().withSameInterpreterWait(Duration.ofSeconds(60)));
            d.on("ana", "Ana Ruiz", 1, "es");
            d.on("bea", "Bea Soto", 1, "es");
            d.open("K7Q2", "es", Priority.URGENT);
            OfferMade first = offer(d.events());
            d.accept(first); // on a call now; the other stays AVAILABLE
            d.events();
            String busy = first.interpreterId();
            String free = busy.equals("ana") ? "bea" : "ana";

            d.openAgain("M3X8", "es", Priority.URGENT, busy);
            assertThat(d.events()).as("waits for them alone: no offer, no place in the line").isEmpty();
            d.conferenceEnded("K7Q2");
            d.advanceSeconds(31); // wrap-up over, within the wait
            OfferMade again = offer(d.events());
            assertThat(again.interpreterId()).isEqualTo(busy);
            assertThat(again.requestId()).isEqualTo("M3X8");
            assertThat(free).isNotEqualTo(again.interpreterId());
        }

        @Test
        void notFreeWithinTheWait_theRequestGoesToAnyone_andTheOfficerIsTold() {
            driver(AllocationPolicy.defaults().withSameInterpreterWait(Duration.ofSeconds(30)));
            d.join("ana", "Ana Ruiz", 1, "es"); // on the roster, but OFFLINE
            d.on("bea", "Bea Soto", 1, "es");
            d.events();

            d.openAgain("M3X8", "es", Priority.URGENT, "ana");
            assertThat(d.events()).isEmpty();
            d.advanceSeconds(29);
            assertThat(d.events()).isEmpty();
            d.advanceSeconds(1);
            List<RosterEvent> after = d.events();
            assertThat(types(after)).containsSubsequence("SameInterpreterOutcome", "OfferMade");
            assertThat(outcome(after).outcome()).isEqualTo(SameInterpreterOutcome.Outcome.NOT_AVAILABLE);
            assertThat(offer(after).interpreterId()).isEqualTo("bea");
        }

        @Test
        void theyDecline_theNextIsOfferedAtOnce_andTheyAreNeverOfferedItAgain_notEvenInANewRound() {
            driver(AllocationPolicy.defaults()); // no fallback: new rounds ask everyone not excused again
            d.on("ana", "Ana Ruiz", 1, "es");
            d.on("bea", "Bea Soto", 1, "es");
            d.events();

            d.openAgain("M3X8", "es", Priority.URGENT, "ana");
            OfferMade toAna = offer(d.events());
            d.decline(toAna);
            List<RosterEvent> declined = d.events();
            assertThat(outcome(declined).outcome()).isEqualTo(SameInterpreterOutcome.Outcome.DECLINED);
            OfferMade toBea = offer(declined);
            assertThat(toBea.interpreterId()).isEqualTo("bea");
            d.decline(toBea);
            d.advanceSeconds(81); // two offer timeouts: a new round
            List<OfferMade> later = only(d.events(), OfferMade.class);
            assertThat(later).extracting(OfferMade::interpreterId).containsExactly("bea");
        }

        @Test
        void aRingOutOrAConflictAlsoSendsItToAnyone_withThatOutcome() {
            driver(AllocationPolicy.defaults());
            d.on("ana", "Ana Ruiz", 1, "es");
            d.on("bea", "Bea Soto", 1, "es");
            d.events();

            d.openAgain("M3X8", "es", Priority.URGENT, "ana");
            d.notAnswered(offer(d.events()), Outcome.NO_ANSWER);
            List<RosterEvent> rangOut = d.events();
            assertThat(outcome(rangOut).outcome()).isEqualTo(SameInterpreterOutcome.Outcome.NOT_ANSWERED);
            assertThat(offer(rangOut).interpreterId()).isEqualTo("bea");

            d.openAgain("P4R2", "es", Priority.URGENT, "ana");
            d.answer(offer(d.events()), OfferAnswered.Answer.CONFLICT);
            List<RosterEvent> conflict = d.events();
            assertThat(outcome(conflict).outcome()).isEqualTo(SameInterpreterOutcome.Outcome.CONFLICT);
        }

        @Test
        void someoneNoLongerOnTheRosterOrNotSpeakingIt_isNotWaitedFor() {
            driver(AllocationPolicy.defaults());
            d.on("bea", "Bea Soto", 1, "es");
            d.on("omar", "Omar Haddad", 1, "ar");
            d.events();

            d.openAgain("M3X8", "es", Priority.URGENT, "gone");
            List<RosterEvent> gone = d.events();
            assertThat(outcome(gone).outcome()).isEqualTo(SameInterpreterOutcome.Outcome.NOT_AVAILABLE);
            assertThat(offer(gone).interpreterId()).isEqualTo("bea");

            d.openAgain("P4R2", "es", Priority.URGENT, "omar");
            assertThat(outcome(d.events()).outcome()).isEqualTo(SameInterpreterOutcome.Outcome.NOT_AVAILABLE);
        }

        @Test
        void anEmergencyWaitsAtMostHalfItsEscalationTime() {
            driver(AllocationPolicy.defaults().withFallbackNumber(FALLBACK)); // emergency escalates after 60 s
            d.join("ana", "Ana Ruiz", 1, "es");
            d.on("bea", "Bea Soto", 1, "es");
            d.events();

            d.openAgain("M3X8", "es", Priority.EMERGENCY, "ana");
            d.advanceSeconds(30);
            List<RosterEvent> after = d.events();
            assertThat(outcome(after).outcome()).isEqualTo(SameInterpreterOutcome.Outcome.NOT_AVAILABLE);
            assertThat(offer(after).interpreterId()).isEqualTo("bea");
        }

        @Test
        void otherRequestsDoNotWaitBehindIt_andItsInterpreterIsNotGivenThemFirst() {
            driver(AllocationPolicy.defaults());
            d.join("ana", "Ana Ruiz", 1, "es");
            d.events();
            d.open("K7Q2", "es", Priority.EMERGENCY); // older and more urgent
            d.openAgain("M3X8", "es", Priority.ROUTINE, "ana");
            List<RequestQueued> queued = only(d.events(), RequestQueued.class);
            assertThat(queued).extracting(RequestQueued::requestId, RequestQueued::position)
                    .containsExactly(org.assertj.core.api.Assertions.tuple("K7Q2", 1));

            d.presence("ana", Presence.ON);
            OfferMade toAna = offer(d.events());
            assertThat(toAna.requestId()).as("the officer who asked for her by name first").isEqualTo("M3X8");
        }
    }

    @Nested
    class Offering {

        @Test
        void declineThenNoAnswerThenAccept_oneOfferAtATimeInTierThenLongestIdleOrder() {
            driver(AllocationPolicy.defaults());
            d.on("carla", "Carla Diaz", 2, "es");
            d.advanceSeconds(5);
            d.on("ana", "Ana Ruiz", 1, "es");
            d.advanceSeconds(5);
            d.on("bea", "Bea Soto", 1, "es", "pt");
            d.on("omar", "Omar Haddad", 1, "ar");
            d.events();

            RequestOpened opened = d.open("K7Q2", "es", Priority.EMERGENCY);
            List<RosterEvent> first = d.events();
            assertThat(types(first)).containsExactly("OfferMade", "InterpreterStatusChanged");
            OfferMade toAna = offer(first);
            assertThat(toAna.interpreterId()).isEqualTo("ana"); // tier 1, idle longer than Bea
            assertThat(toAna.attempt()).isEqualTo(1);
            assertThat(toAna.deadline()).isEqualTo(d.now().plusSeconds(40));
            assertThat(toAna.interpreterName()).isEqualTo("Ana Ruiz");
            assertThat(toAna.interpreterPhone()).isEqualTo(RosterDriver.phoneOf("ana"));
            assertThat(toAna).extracting(OfferMade::language, OfferMade::agency, OfferMade::priority, OfferMade::note,
                            OfferMade::channel, OfferMade::requesterPhone, OfferMade::requesterCallSid,
                            OfferMade::conferenceName, OfferMade::rosterId, OfferMade::requestId)
                    .containsExactly("es", "Pittsburgh Police", Priority.EMERGENCY, "domestic call", Channel.VOICE,
                            opened.requesterPhone(), opened.requesterCallSid(), opened.conferenceName(), "default",
                            "K7Q2");
            assertThat(status(first, "ana")).extracting(InterpreterStatusChanged::previous,
                    InterpreterStatusChanged::current).containsExactly(InterpreterStatus.AVAILABLE,
                    InterpreterStatus.OFFERED);

            d.advanceSeconds(3);
            d.decline(toAna);
            List<RosterEvent> second = d.events();
            // Ana is released before Bea is offered: the two offers never overlap
            assertThat(types(second)).containsExactly("InterpreterStatusChanged", "OfferMade",
                    "InterpreterStatusChanged");
            assertThat(status(second, "ana").current()).isEqualTo(InterpreterStatus.AVAILABLE);
            OfferMade toBea = offer(second);
            assertThat(toBea.interpreterId()).isEqualTo("bea");
            assertThat(toBea.attempt()).isEqualTo(2);
            assertThat(toBea.offerId()).isNotEqualTo(toAna.offerId());

            d.advanceSeconds(20);
            d.notAnswered(toBea, Outcome.NO_ANSWER);
            List<RosterEvent> third = d.events();
            assertThat(types(third)).containsExactly("InterpreterStatusChanged", "OfferMade",
                    "InterpreterStatusChanged");
            OfferMade toCarla = offer(third);
            assertThat(toCarla.interpreterId()).isEqualTo("carla");
            assertThat(toCarla.attempt()).isEqualTo(3);

            d.accept(toCarla);
            List<RosterEvent> fourth = d.events();
            assertThat(types(fourth)).containsExactly("RequestAssigned", "InterpreterStatusChanged");
            RequestAssigned assigned = only(fourth, RequestAssigned.class).getFirst();
            assertThat(assigned).extracting(RequestAssigned::interpreterId, RequestAssigned::offerId,
                            RequestAssigned::interpreterName, RequestAssigned::conferenceName)
                    .containsExactly("carla", toCarla.offerId(), "Carla Diaz", "req-K7Q2");
            assertThat(status(fourth, "carla").current()).isEqualTo(InterpreterStatus.ON_CALL);

            List<KeyValue<String, InterpreterSnapshot>> snapshots = d.snapshots();
            assertThat(lastSnapshot(snapshots, "ana").missedInARow()).isZero();
            assertThat(lastSnapshot(snapshots, "bea").missedInARow()).isEqualTo(1);
            assertThat(lastSnapshot(snapshots, "bea").status()).isEqualTo(InterpreterStatus.AVAILABLE);
            assertThat(lastSnapshot(snapshots, "carla").status()).isEqualTo(InterpreterStatus.ON_CALL);
            assertThat(lastSnapshot(snapshots, "omar").status()).isEqualTo(InterpreterStatus.AVAILABLE);
        }

        @Test
        void secondRequestWaitsInLine_andIsOfferedAfterTheCallAndWrapUp_emergencyFirst() {
            driver(AllocationPolicy.defaults());
            d.on("ana", "Ana Ruiz", 1, "es");
            d.events();

            d.open("1", "es", Priority.URGENT);
            OfferMade first = offer(d.events());
            d.advanceSeconds(1);
            d.open("2", "es", Priority.URGENT);
            List<RosterEvent> queued = d.events();
            assertThat(types(queued)).containsExactly("RequestQueued");
            assertThat(only(queued, RequestQueued.class).getFirst()).extracting(RequestQueued::requestId,
                    RequestQueued::language, RequestQueued::position).containsExactly("2", "es", 1); // request 1 rings Ana: it is not in line
            d.advanceSeconds(1);
            d.open("3", "es", Priority.EMERGENCY);
            assertThat(only(d.events(), RequestQueued.class).getFirst().position()).isEqualTo(1);

            d.accept(first);
            assertThat(types(d.events())).containsExactly("RequestAssigned", "InterpreterStatusChanged");

            d.advanceSeconds(300);
            d.conferenceEnded("1");
            List<RosterEvent> ended = d.events();
            assertThat(status(ended, "ana")).extracting(InterpreterStatusChanged::previous,
                    InterpreterStatusChanged::current).containsExactly(InterpreterStatus.ON_CALL,
                    InterpreterStatus.WRAP_UP);
            // waiting requests have escalated by now (no fallback), but they still wait
            d.advanceSeconds(29);
            assertThat(only(d.events(), OfferMade.class)).isEmpty();
            d.advanceSeconds(1);
            List<RosterEvent> free = d.events();
            assertThat(types(free)).containsExactly("InterpreterStatusChanged", "OfferMade",
                    "InterpreterStatusChanged");
            assertThat(status(free, "ana").current()).isEqualTo(InterpreterStatus.OFFERED);
            assertThat(offer(free).requestId()).isEqualTo("3");
            InterpreterSnapshot ana = lastSnapshot(d.snapshots(), "ana");
            assertThat(ana.status()).isEqualTo(InterpreterStatus.OFFERED);
            assertThat(ana.availableSince()).isEqualTo(d.now());
        }

        @Test
        void anInterpreterWhoAcceptedButLeftBeforeTheBridge_putsTheRequestBackForTheNextOne() {
            driver(AllocationPolicy.defaults());
            d.on("ana", "Ana Ruiz", 1, "es");
            d.on("bea", "Bea Soto", 2, "es");
            d.open("1", "es", Priority.EMERGENCY);
            OfferMade toAna = offer(d.events());
            d.accept(toAna);
            d.events();

            d.notAnswered(toAna, Outcome.HUNG_UP); // notification-service: her call ended before she was bridged
            List<RosterEvent> events = d.events();
            assertThat(status(events, "ana")).extracting(InterpreterStatusChanged::previous,
                    InterpreterStatusChanged::current, InterpreterStatusChanged::reason).containsExactly(
                    InterpreterStatus.ON_CALL, InterpreterStatus.AVAILABLE, "left request 1 (es) before the bridge");
            assertThat(offer(events)).extracting(OfferMade::interpreterId, OfferMade::attempt)
                    .containsExactly("bea", 2);
            assertThat(lastSnapshot(d.snapshots(), "ana").missedInARow()).isZero();
            d.notAnswered(toAna, Outcome.HUNG_UP);
            d.conferenceEnded("1");
            assertThat(only(d.events(), RequestAssigned.class)).isEmpty();
        }

        @Test
        void offerExpiresAtItsDeadline_theRequestMovesOn_butNobodyReportedAMiss() {
            driver(AllocationPolicy.defaults());
            d.on("ana", "Ana Ruiz", 1, "es");
            d.advanceSeconds(1);
            d.on("bea", "Bea Soto", 1, "es");
            d.events();
            d.snapshots();

            d.open("1", "es", Priority.ROUTINE);
            OfferMade toAna = offer(d.events());
            d.advanceSeconds(39);
            assertThat(d.events()).isEmpty();
            d.advanceSeconds(1);
            List<RosterEvent> expired = d.events();
            assertThat(types(expired)).containsExactly("OfferWithdrawn", "InterpreterStatusChanged", "OfferMade",
                    "InterpreterStatusChanged");
            assertThat(only(expired, OfferWithdrawn.class).getFirst()).extracting(OfferWithdrawn::offerId,
                    OfferWithdrawn::interpreterId, OfferWithdrawn::reason).containsExactly(toAna.offerId(), "ana",
                    OfferWithdrawn.Reason.EXPIRED);
            assertThat(offer(expired)).extracting(OfferMade::interpreterId, OfferMade::attempt)
                    .containsExactly("bea", 2);
            // the ring timeout is shorter than the deadline: a deadline passing means the line heard nothing back
            assertThat(lastSnapshot(d.snapshots(), "ana")).extracting(InterpreterSnapshot::status,
                    InterpreterSnapshot::missedInARow).containsExactly(InterpreterStatus.AVAILABLE, 0);

            // Ana's late "1" changes nothing
            d.accept(toAna);
            assertThat(d.events()).isEmpty();
            assertThat(d.snapshots()).isEmpty();
        }

        @Test
        void threeMissesInARowPause_aDeclineResetsTheCount_andOnStartsAfresh() {
            driver(AllocationPolicy.defaults());
            d.on("ana", "Ana Ruiz", 1, "es");
            d.open("1", "es", Priority.URGENT);
            d.open("2", "es", Priority.URGENT);
            d.open("3", "es", Priority.URGENT);
            d.open("4", "es", Priority.URGENT);
            d.open("5", "es", Priority.URGENT);
            OfferMade one = only(d.events(), OfferMade.class).getFirst();
            assertThat(one.requestId()).isEqualTo("1");

            d.notAnswered(one, Outcome.NO_ANSWER);
            OfferMade two = offer(d.events());
            assertThat(two.requestId()).isEqualTo("2"); // request 1 was tried by Ana: the next one in line
            d.decline(two); // answered: the count starts again
            OfferMade three = offer(d.events());
            d.notAnswered(three, Outcome.BUSY);
            OfferMade four = offer(d.events());
            d.notAnswered(four, Outcome.VOICEMAIL);
            OfferMade five = offer(d.events());
            assertThat(lastSnapshot(d.snapshots(), "ana").missedInARow()).isEqualTo(2);

            d.advanceSeconds(40); // no report by the deadline: the line's silence, not a miss of hers
            assertThat(only(d.events(), OfferWithdrawn.class)).singleElement()
                    .extracting(OfferWithdrawn::offerId).isEqualTo(five.offerId());
            assertThat(lastSnapshot(d.snapshots(), "ana").missedInARow()).isEqualTo(2);
            d.open("6", "es", Priority.URGENT);
            OfferMade six = offer(d.events());
            d.notAnswered(six, Outcome.NO_ANSWER); // the third miss in a row
            List<RosterEvent> paused = d.events();
            InterpreterStatusChanged change = status(paused, "ana");
            assertThat(change).extracting(InterpreterStatusChanged::previous, InterpreterStatusChanged::current,
                    InterpreterStatusChanged::reason).containsExactly(InterpreterStatus.OFFERED,
                    InterpreterStatus.PAUSED, "3 offers missed in a row");
            assertThat(lastSnapshot(d.snapshots(), "ana")).extracting(InterpreterSnapshot::status,
                    InterpreterSnapshot::missedInARow).containsExactly(InterpreterStatus.PAUSED, 3);

            d.presence("ana", Presence.ON);
            List<RosterEvent> back = d.events();
            assertThat(status(back, "ana").current()).isEqualTo(InterpreterStatus.AVAILABLE);
            assertThat(only(back, OfferMade.class)).isEmpty(); // she has been offered every waiting request
        }
    }

    @Nested
    class ConflictOfInterest {

        @Test
        void anInterpreterWhoKnowsThePerson_isExcused_theNextIsOfferedAtOnce_andItIsNoMiss() {
            driver(AllocationPolicy.defaults());
            d.on("ana", "Ana Ruiz", 1, "es");
            d.on("bea", "Bea Soto", 1, "es");
            d.on("cy", "Cy Park", 2, "es");
            d.open("1", "es", Priority.URGENT);
            OfferMade toAna = offer(d.events());
            assertThat(toAna.interpreterId()).isEqualTo("ana");
            d.notAnswered(toAna, Outcome.NO_ANSWER); // a miss before: the conflict must not make it two
            assertThat(offer(d.events()).interpreterId()).isEqualTo("bea");
            assertThat(lastSnapshot(d.snapshots(), "ana").missedInARow()).isEqualTo(1);
            d.open("2", "es", Priority.URGENT);
            OfferMade second = offer(d.events());
            assertThat(second.interpreterId()).isEqualTo("ana");

            d.answer(second, OfferAnswered.Answer.CONFLICT);
            List<RosterEvent> after = d.events();
            assertThat(offer(after)).extracting(OfferMade::requestId, OfferMade::interpreterId)
                    .containsExactly("2", "cy");
            assertThat(only(after, RequestEscalated.class)).isEmpty();
            assertThat(lastSnapshot(d.snapshots(), "ana")).extracting(InterpreterSnapshot::status,
                    InterpreterSnapshot::missedInARow).containsExactly(InterpreterStatus.AVAILABLE, 0);
        }

        @Test
        void anExcusedInterpreterIsNeverOfferedThatRequestAgain_notEvenInANewRound_butTakesTheNextOne() {
            driver(AllocationPolicy.defaults());
            d.on("ana", "Ana Ruiz", 1, "es");
            d.on("bea", "Bea Soto", 2, "es");
            d.events();
            d.open("1", "es", Priority.URGENT);
            d.answer(offer(d.events()), OfferAnswered.Answer.CONFLICT); // ana knows the person
            OfferMade toBea = offer(d.events());
            assertThat(toBea.interpreterId()).isEqualTo("bea");
            d.decline(toBea);
            assertThat(types(d.events())).contains("RequestEscalated", "RequestQueued");

            // nobody new comes: two offer timeouts later everyone is asked again, except the one who was excused
            d.advanceSeconds(200);
            assertThat(only(d.events(), OfferMade.class)).extracting(OfferMade::requestId, OfferMade::interpreterId)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("1", "bea"));
            assertThat(d.<String, Request>store(AllocatorTopology.REQUESTS_STORE).get("1").excused())
                    .containsExactly("ana");

            d.open("2", "es", Priority.URGENT);
            assertThat(offer(d.events())).extracting(OfferMade::requestId, OfferMade::interpreterId)
                    .containsExactly("2", "ana");
        }
    }

    @Nested
    class TwilioFailing {

        @Test
        void aDialTwilioFailedOnEveryTry_goesToTheNextInterpreter_andNeverPausesTheOneNotRung() {
            driver(AllocationPolicy.defaults().withFallbackNumber(FALLBACK));
            d.on("ana", "Ana Ruiz", 1, "es");
            for (String other : List.of("bea", "cruz", "dora", "eva")) {
                d.on(other, other, 2, "es");
            }
            // three failed dials in a row would pause Ana were they her misses (missed-offers-before-pause 3)
            for (String request : List.of("1", "2", "3")) {
                d.open(request, "es", Priority.URGENT);
                OfferMade toAna = offer(d.events());
                assertThat(toAna.interpreterId()).isEqualTo("ana");

                d.notAnswered(toAna, Outcome.TWILIO_FAILED);
                List<RosterEvent> after = d.events();
                // not escalated: Twilio still answers other requests, so the next interpreter is rung at once
                assertThat(only(after, RequestEscalated.class)).isEmpty();
                OfferMade next = offer(after);
                assertThat(next.requestId()).isEqualTo(request);
                assertThat(next.interpreterId()).isNotEqualTo("ana");
                d.accept(next);
                d.events();
            }
            assertThat(lastSnapshot(d.snapshots(), "ana")).extracting(InterpreterSnapshot::status,
                    InterpreterSnapshot::missedInARow).containsExactly(InterpreterStatus.AVAILABLE, 0);

            // a call that failed for the number's own reasons is still counted
            d.open("4", "es", Priority.URGENT);
            d.notAnswered(offer(d.events()), Outcome.FAILED);
            assertThat(lastSnapshot(d.snapshots(), "ana").missedInARow()).isEqualTo(1);
        }

        @Test
        void anOfferTheLineCouldNotDial_escalatesTheRequestAtOnce_andIsNoMissOfTheInterpreter() {
            driver(AllocationPolicy.defaults().withFallbackNumber(FALLBACK));
            d.on("ana", "Ana Ruiz", 1, "es");
            d.on("bea", "Bea Soto", 1, "es");
            d.open("1", "es", Priority.URGENT);
            OfferMade toAna = offer(d.events());

            d.notAnswered(toAna, Outcome.TWILIO_UNAVAILABLE);
            List<RosterEvent> after = d.events();
            assertThat(only(after, RequestEscalated.class)).singleElement().extracting(RequestEscalated::reason,
                    RequestEscalated::fallbackNumber).containsExactly(RequestEscalated.Reason.TWILIO_UNAVAILABLE,
                    FALLBACK);
            // to the fallback at once: Bea is not rung in turn while nobody can be rung
            assertThat(only(after, OfferMade.class)).isEmpty();
            assertThat(lastSnapshot(d.snapshots(), "ana")).extracting(InterpreterSnapshot::status,
                    InterpreterSnapshot::missedInARow).containsExactly(InterpreterStatus.AVAILABLE, 0);
        }

        @Test
        void withoutAFallbackTheRequestWaits_andIsOfferedAgainOnceADialGetsThrough() {
            driver(AllocationPolicy.defaults());
            d.on("ana", "Ana Ruiz", 1, "es");
            d.on("bea", "Bea Soto", 2, "es");
            d.open("1", "es", Priority.URGENT);
            d.notAnswered(offer(d.events()), Outcome.TWILIO_UNAVAILABLE);
            List<RosterEvent> after = d.events();
            assertThat(only(after, RequestEscalated.class)).extracting(RequestEscalated::reason)
                    .contains(RequestEscalated.Reason.TWILIO_UNAVAILABLE);
            OfferMade toBea = offer(after);
            assertThat(toBea.interpreterId()).isEqualTo("bea");

            d.accept(toBea); // Twilio is back: the next dial got through
            assertThat(types(d.events())).contains("RequestAssigned");
            assertThat(lastSnapshot(d.snapshots(), "ana").missedInARow()).isZero();
        }
    }

    @Nested
    class Duplicates {

        @Test
        void theSameRequestOpenedTwice_byRequestIdOrByEventId_isOfferedOnce() {
            driver(AllocationPolicy.defaults());
            d.on("ana", "Ana Ruiz", 1, "es");
            d.on("bea", "Bea Soto", 1, "es");
            d.events();

            RequestOpened opened = d.opened("1", "es", Priority.URGENT);
            d.send(opened);
            d.send(opened); // same eventId: redelivered
            d.send(d.opened("1", "es", Priority.URGENT)); // same requestId, new eventId: a retried webhook
            List<RosterEvent> events = d.events();
            assertThat(only(events, OfferMade.class)).hasSize(1);
            assertThat(only(events, RequestQueued.class)).isEmpty();
        }

        @Test
        void aRedeliveredAnswerIsAppliedOnce() {
            driver(AllocationPolicy.defaults());
            d.on("ana", "Ana Ruiz", 1, "es");
            d.on("bea", "Bea Soto", 1, "es");
            d.open("1", "es", Priority.URGENT);
            d.open("2", "es", Priority.URGENT);
            List<OfferMade> offers = only(d.events(), OfferMade.class);
            OfferMade toAna = offers.getFirst();
            var decline = new OfferAnswered(UUID.randomUUID(), d.now(), "default", toAna.requestId(),
                    toAna.offerId(), "ana", OfferAnswered.Answer.DECLINED, "CA1");
            d.notify(decline);
            List<RosterEvent> first = d.events();
            d.notify(decline);
            assertThat(d.events()).isEmpty();
            assertThat(first).isNotEmpty();
        }

        @Test
        void processedEventIdsAreForgottenAfterADay() {
            driver(AllocationPolicy.defaults());
            d.on("ana", "Ana Ruiz", 1, "es");
            KeyValueStore<String, Long> processed = d.store(AllocatorTopology.PROCESSED_EVENTS_STORE);
            assertThat(count(processed)).isEqualTo(2);
            d.advance(Duration.ofHours(24).plusMinutes(2));
            assertThat(count(processed)).isZero();
        }

        private static long count(KeyValueStore<String, Long> store) {
            try (var it = store.all()) {
                long n = 0;
                while (it.hasNext()) {
                    it.next();
                    n++;
                }
                return n;
            }
        }
    }

    /** A second interpreter for a call in progress ({@code ALSO}): relay. */
    @Nested
    class Relay {

        @Test
        void theSecondInterpreterIsSomeoneElse_joinsTheSameConference_andIsFreedWhenTheCallEnds() {
            driver(AllocationPolicy.defaults());
            d.on("ana", "Ana Ruiz", 1, "es", "quc");
            d.on("tum", "Rosa Tum", 1, "quc");
            d.open("K7Q2", "es", Priority.EMERGENCY);
            OfferMade first = offer(d.events());
            assertThat(first.interpreterId()).isEqualTo("ana");
            d.accept(first);
            d.events();

            d.openRelay("M3X9", "quc", "K7Q2");
            OfferMade second = offer(d.events());
            assertThat(second.interpreterId()).as("ana is on the call already").isEqualTo("tum");
            assertThat(second.conferenceName()).isEqualTo(RequestConference.nameOf("K7Q2"));
            d.accept(second);
            assertThat(only(d.events(), RequestAssigned.class)).singleElement()
                    .extracting(RequestAssigned::conferenceName).isEqualTo(RequestConference.nameOf("K7Q2"));

            d.conferenceEnded("K7Q2");
            List<RosterEvent> ended = d.events();
            assertThat(status(ended, "ana").current()).isEqualTo(InterpreterStatus.WRAP_UP);
            assertThat(status(ended, "tum").current()).isEqualTo(InterpreterStatus.WRAP_UP);
        }

        @Test
        void aRelayNobodyCanTakeKeepsWaiting_isNeverSentToTheFallback_andIsCancelledWithTheCall() {
            driver(AllocationPolicy.defaults().withFallbackNumber(FALLBACK));
            d.on("ana", "Ana Ruiz", 1, "es");
            d.open("K7Q2", "es", Priority.EMERGENCY);
            d.accept(offer(d.events()));
            d.events();

            d.openRelay("M3X9", "quc", "K7Q2");
            List<RosterEvent> asked = d.events();
            assertThat(only(asked, RequestEscalated.class)).singleElement()
                    .extracting(RequestEscalated::fallbackNumber).isNull();

            d.conferenceEnded("K7Q2");
            d.events();
            d.on("tum", "Rosa Tum", 1, "quc"); // too late: the call is over
            assertThat(only(d.events(), OfferMade.class)).isEmpty();
        }

        @Test
        void aRelayRungWhenTheCallEndsIsWithdrawn_andItsInterpreterIsFreeAgain() {
            driver(AllocationPolicy.defaults());
            d.on("ana", "Ana Ruiz", 1, "es");
            d.on("tum", "Rosa Tum", 1, "quc");
            d.open("K7Q2", "es", Priority.EMERGENCY);
            d.accept(offer(d.events()));
            d.openRelay("M3X9", "quc", "K7Q2");
            OfferMade ringing = offer(d.events());

            d.conferenceEnded("K7Q2");
            List<RosterEvent> ended = d.events();
            assertThat(only(ended, OfferWithdrawn.class)).singleElement()
                    .extracting(OfferWithdrawn::offerId).isEqualTo(ringing.offerId());
            assertThat(status(ended, "tum").current()).isEqualTo(InterpreterStatus.AVAILABLE);
        }
    }

    /** Several agencies' rosters on one deployment: one allocator, so one interpreter has one status across them. */
    @Nested
    class SeveralRosters {

        @Test
        void aRequestIsOfferedOnlyToItsRostersInterpreters_andOneSharedByTwoRostersIsNeverBookedByBoth() {
            driver(AllocationPolicy.defaults());
            d.joinRosters("ana", "Ana Ruiz", List.of("default", "ems"), "es");
            d.joinRosters("bob", "Bob Lima", List.of("default"), "es");
            d.events();

            d.openFor("ems", "E1", "es");
            OfferMade toAna = offer(d.events());
            assertThat(toAna).extracting(OfferMade::interpreterId, OfferMade::roster).containsExactly("ana", "ems");

            d.openFor("default", "D1", "es");
            assertThat(offer(d.events()).interpreterId()).as("ana holds an offer of the other roster").isEqualTo("bob");

            d.accept(toAna);
            d.events();
            d.openFor("ems", "E2", "es");
            List<RosterEvent> second = d.events();
            assertThat(only(second, OfferMade.class)).as("bob is AVAILABLE-or-offered but not on the EMS roster")
                    .isEmpty();
            assertThat(types(second)).contains("RequestQueued");
        }

        @Test
        void whenTheSharedInterpreterIsFree_theWaitingRequestOfEitherRosterIsOfferedToThem() {
            driver(AllocationPolicy.defaults());
            d.joinRosters("ana", "Ana Ruiz", List.of("default", "ems"), "es");
            d.events();
            d.openFor("default", "D1", "es");
            OfferMade first = offer(d.events());
            d.accept(first);
            d.events();
            d.openFor("ems", "E1", "es");
            assertThat(only(d.events(), OfferMade.class)).isEmpty();

            d.conferenceEnded("D1");
            d.events();
            d.advanceSeconds(AllocationPolicy.defaults().wrapUp().toSeconds() + 2);
            assertThat(offer(d.events())).extracting(OfferMade::requestId, OfferMade::interpreterId,
                    OfferMade::roster).containsExactly("E1", "ana", "ems");
        }

        @Test
        void nobodyOnTheAgencysRosterSpeaksIt_escalatesEvenThoughAnotherRosterHasASpeaker() {
            driver(AllocationPolicy.defaults().withFallbackNumber(FALLBACK));
            d.joinRosters("bob", "Bob Lima", List.of("default"), "es");
            d.events();
            d.openFor("ems", "E1", "es");
            List<RosterEvent> events = d.events();
            assertThat(only(events, OfferMade.class)).isEmpty();
            assertThat(only(events, RequestEscalated.class)).singleElement().extracting(RequestEscalated::reason)
                    .isEqualTo(RequestEscalated.Reason.NO_INTERPRETER_FOR_LANGUAGE);
        }
    }

    @Nested
    class Escalation {

        @Test
        void nobodySpeaksTheLanguage_withFallback_escalatesAndCloses() {
            driver(AllocationPolicy.defaults().withFallbackNumber(FALLBACK));
            d.on("ana", "Ana Ruiz", 1, "es");
            d.events();
            d.open("1", "so", Priority.EMERGENCY);
            List<RosterEvent> events = d.events();
            assertThat(types(events)).containsExactly("RequestEscalated");
            assertThat(only(events, RequestEscalated.class).getFirst()).extracting(RequestEscalated::reason,
                    RequestEscalated::fallbackNumber, RequestEscalated::language, RequestEscalated::requesterCallSid)
                    .containsExactly(RequestEscalated.Reason.NO_INTERPRETER_FOR_LANGUAGE, FALLBACK, "so", "CA1");

            d.on("sahra", "Sahra Ali", 1, "so"); // too late: the requester went to the fallback provider
            assertThat(only(d.events(), OfferMade.class)).isEmpty();
        }

        @Test
        void nobodySpeaksTheLanguage_withoutFallback_waitsUntilSomeoneWhoDoesComesOn() {
            driver(AllocationPolicy.defaults());
            d.open("1", "so", Priority.URGENT);
            List<RosterEvent> events = d.events();
            assertThat(types(events)).containsExactly("RequestEscalated", "RequestQueued");
            assertThat(only(events, RequestEscalated.class).getFirst().fallbackNumber()).isNull();
            assertThat(only(events, RequestQueued.class).getFirst().position()).isEqualTo(1);

            d.join("sahra", "Sahra Ali", 1, "so");
            assertThat(only(d.events(), OfferMade.class)).isEmpty(); // joined OFFLINE
            d.presence("sahra", Presence.ON);
            assertThat(offer(d.events())).extracting(OfferMade::requestId, OfferMade::interpreterId)
                    .containsExactly("1", "sahra");
        }

        @Test
        void everySpeakerDeclined_withFallback_escalatesOnceAndCloses() {
            driver(AllocationPolicy.defaults().withFallbackNumber(FALLBACK));
            d.on("ana", "Ana Ruiz", 1, "es");
            d.on("bea", "Bea Soto", 2, "es");
            d.on("pia", "Pia Lenz", 1, "de");
            d.setPresence("pia", InterpreterStatus.OFFLINE);
            d.events();
            d.open("1", "es", Priority.URGENT);
            d.decline(offer(d.events()));
            d.notAnswered(offer(d.events()), Outcome.HUNG_UP);
            List<RosterEvent> events = d.events();
            assertThat(types(events)).containsExactly("InterpreterStatusChanged", "RequestEscalated");
            assertThat(only(events, RequestEscalated.class).getFirst()).extracting(RequestEscalated::reason,
                    RequestEscalated::fallbackNumber).containsExactly(RequestEscalated.Reason.ALL_DECLINED, FALLBACK);

            d.advanceSeconds(200); // closed: no second escalation, no more offers
            d.on("cruz", "Cruz Vega", 1, "es");
            assertThat(only(d.events(), RequestEscalated.class)).isEmpty();
            assertThat(only(d.everyEvent(), OfferMade.class)).hasSize(2);
        }

        @Test
        void everySpeakerDeclined_withoutFallback_staysInLineForSomeoneNew() {
            driver(AllocationPolicy.defaults());
            d.on("ana", "Ana Ruiz", 1, "es");
            d.join("bea", "Bea Soto", 1, "es"); // OFFLINE: not coming by herself, so not waited for
            d.events();
            d.open("1", "es", Priority.URGENT);
            d.decline(offer(d.events()));
            List<RosterEvent> events = d.events();
            assertThat(types(events)).containsExactly("InterpreterStatusChanged", "RequestEscalated",
                    "RequestQueued");
            assertThat(only(events, RequestEscalated.class).getFirst()).extracting(RequestEscalated::reason,
                    RequestEscalated::fallbackNumber).containsExactly(RequestEscalated.Reason.ALL_DECLINED, null);

            d.presence("bea", Presence.ON);
            OfferMade toBea = offer(d.events());
            assertThat(toBea.attempt()).isEqualTo(2);
            d.decline(toBea);
            // back in line, but escalated for this reason once already
            assertThat(types(d.events())).containsExactly("InterpreterStatusChanged", "RequestQueued");

            // nobody new comes: two offer timeouts after the last offer, everyone is asked again, best first
            d.advanceSeconds(79);
            assertThat(d.events()).isEmpty();
            d.advanceSeconds(1);
            List<OfferMade> again = only(d.events(), OfferMade.class);
            assertThat(again).extracting(OfferMade::interpreterId, OfferMade::attempt)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("ana", 3));
        }

        @Test
        void anUntriedSpeakerOnACallIsWaitedFor_notEscalated() {
            driver(AllocationPolicy.defaults());
            d.on("ana", "Ana Ruiz", 1, "es");
            d.open("0", "es", Priority.URGENT);
            d.accept(offer(d.events()));
            d.on("bea", "Bea Soto", 1, "es");
            d.events();
            d.open("1", "es", Priority.URGENT);
            d.decline(offer(d.events()));
            assertThat(types(d.events())).containsExactly("InterpreterStatusChanged", "RequestQueued");
        }

        @Test
        void waitedTooLong_withFallback_escalatesAtTheEmergencyLimit_andWithdrawsTheRingingOffer() {
            driver(AllocationPolicy.defaults().withFallbackNumber(FALLBACK));
            d.on("ana", "Ana Ruiz", 1, "es");
            d.on("bea", "Bea Soto", 2, "es");
            d.events();
            d.open("1", "es", Priority.EMERGENCY);
            offer(d.events());
            d.advanceSeconds(40);
            OfferMade toBea = offer(d.events());
            d.advanceSeconds(19);
            assertThat(d.events()).isEmpty();
            d.advanceSeconds(1);
            List<RosterEvent> events = d.events();
            assertThat(types(events)).containsExactly("RequestEscalated", "OfferWithdrawn",
                    "InterpreterStatusChanged");
            assertThat(only(events, RequestEscalated.class).getFirst()).extracting(RequestEscalated::reason,
                    RequestEscalated::fallbackNumber).containsExactly(RequestEscalated.Reason.WAITED_TOO_LONG,
                    FALLBACK);
            assertThat(only(events, OfferWithdrawn.class).getFirst()).extracting(OfferWithdrawn::offerId,
                    OfferWithdrawn::reason).containsExactly(toBea.offerId(), OfferWithdrawn.Reason.REQUEST_ESCALATED);
            // withdrawn, not missed
            assertThat(lastSnapshot(d.snapshots(), "bea")).extracting(InterpreterSnapshot::status,
                    InterpreterSnapshot::missedInARow).containsExactly(InterpreterStatus.AVAILABLE, 0);

            d.accept(toBea); // too late
            assertThat(d.events()).isEmpty();
        }

        @Test
        void waitedTooLong_withoutFallback_escalatesOnce_andStillWaits() {
            driver(AllocationPolicy.defaults());
            d.on("ana", "Ana Ruiz", 1, "es");
            d.open("0", "es", Priority.URGENT);
            d.accept(offer(d.events()));
            d.events();
            d.open("1", "es", Priority.ROUTINE);
            assertThat(types(d.events())).containsExactly("RequestQueued");
            d.advanceSeconds(119);
            assertThat(d.events()).isEmpty();
            d.advanceSeconds(1);
            List<RosterEvent> events = d.events();
            assertThat(types(events)).containsExactly("RequestEscalated");
            assertThat(only(events, RequestEscalated.class).getFirst()).extracting(RequestEscalated::requestId,
                    RequestEscalated::reason, RequestEscalated::fallbackNumber)
                    .containsExactly("1", RequestEscalated.Reason.WAITED_TOO_LONG, null);
            d.advanceSeconds(200);
            assertThat(d.events()).isEmpty();

            d.conferenceEnded("0");
            d.advanceSeconds(30);
            assertThat(offer(d.events()).requestId()).isEqualTo("1");
        }
    }

    @Nested
    class Cancellation {

        @Test
        void cancellingWithdrawsEveryRingingOffer_andTheInterpretersTakeTheNextRequest() {
            driver(AllocationPolicy.defaults().withParallelRing(2));
            d.on("ana", "Ana Ruiz", 1, "es");
            d.on("bea", "Bea Soto", 2, "es");
            d.on("cruz", "Cruz Vega", 3, "es");
            d.open("1", "es", Priority.URGENT);
            d.open("2", "es", Priority.ROUTINE);
            List<OfferMade> offers = only(d.events(), OfferMade.class);
            assertThat(offers).extracting(OfferMade::requestId, OfferMade::interpreterId)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("1", "ana"),
                            org.assertj.core.groups.Tuple.tuple("1", "bea"),
                            org.assertj.core.groups.Tuple.tuple("2", "cruz"));

            d.cancel("1");
            List<RosterEvent> events = d.events();
            assertThat(only(events, OfferWithdrawn.class)).extracting(OfferWithdrawn::interpreterId,
                    OfferWithdrawn::reason).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("ana", OfferWithdrawn.Reason.REQUEST_CANCELLED),
                    org.assertj.core.groups.Tuple.tuple("bea", OfferWithdrawn.Reason.REQUEST_CANCELLED));
            // request 2 rings Cruz and has room for one more: Ana (tier 1) takes it
            assertThat(only(events, OfferMade.class)).extracting(OfferMade::requestId, OfferMade::interpreterId,
                    OfferMade::attempt).containsExactly(org.assertj.core.groups.Tuple.tuple("2", "ana", 2));
            assertThat(lastSnapshot(d.snapshots(), "bea")).extracting(InterpreterSnapshot::status,
                    InterpreterSnapshot::missedInARow).containsExactly(InterpreterStatus.AVAILABLE, 0);

            d.accept(offers.getFirst()); // the cancelled offer: too late
            assertThat(d.events()).isEmpty();
        }

        @Test
        void cancellingAfterTheAcceptance_releasesTheInterpreter_whoWrapsUpAndTakesTheNextRequest() {
            driver(AllocationPolicy.defaults());
            d.on("ana", "Ana Ruiz", 1, "es");
            d.open("1", "es", Priority.URGENT);
            d.accept(offer(d.events()));
            d.events();
            d.open("2", "es", Priority.URGENT);
            assertThat(types(d.events())).containsExactly("RequestQueued");

            // the officer hung up between Ana's "1" and the bridge
            d.cancel("1");
            assertThat(status(d.events(), "ana")).extracting(InterpreterStatusChanged::previous,
                    InterpreterStatusChanged::current, InterpreterStatusChanged::reason).containsExactly(
                    InterpreterStatus.ON_CALL, InterpreterStatus.WRAP_UP, "request 1 (es) cancelled before the bridge");
            d.cancel("1");
            d.cancel("unknown");
            d.conferenceEnded("1"); // the officer's conference ends too: nothing more to release
            assertThat(d.events()).isEmpty();
            d.advanceSeconds(30);
            assertThat(offer(d.events()).requestId()).isEqualTo("2");
        }

        @Test
        void theCallersConferenceEndingBeforeTheBridge_cancelsTheRequest_evenWithoutDispatchsCancellation() {
            driver(AllocationPolicy.defaults().withParallelRing(2));
            d.on("ana", "Ana Ruiz", 1, "es");
            d.on("bea", "Bea Soto", 2, "es");
            d.open("1", "es", Priority.EMERGENCY);
            List<OfferMade> offers = only(d.events(), OfferMade.class);
            assertThat(offers).hasSize(2);

            d.conferenceEnded("1"); // the officer hung up; their cancellation is late or lost
            assertThat(only(d.events(), OfferWithdrawn.class)).extracting(OfferWithdrawn::interpreterId,
                    OfferWithdrawn::reason).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("ana", OfferWithdrawn.Reason.REQUEST_CANCELLED),
                    org.assertj.core.groups.Tuple.tuple("bea", OfferWithdrawn.Reason.REQUEST_CANCELLED));
            d.accept(offers.getFirst()); // a "1" pressed meanwhile
            d.cancel("1");
            assertThat(d.events()).isEmpty();
        }

        @Test
        void cancellingAnEndedRequestChangesNothing() {
            driver(AllocationPolicy.defaults());
            d.on("ana", "Ana Ruiz", 1, "es");
            d.open("1", "es", Priority.URGENT);
            d.accept(offer(d.events()));
            d.conferenceEnded("1");
            d.events();
            d.cancel("1");
            assertThat(d.events()).isEmpty();
        }
    }

    @Nested
    class CallLength {

        @Test
        void aCallNotHeardToEndWithinTheLongestCall_isPresumedOver_andItsInterpreterWrapsUp() {
            driver(AllocationPolicy.defaults().withMaxCall(Duration.ofMinutes(10)));
            d.on("ana", "Ana Ruiz", 1, "es");
            d.open("1", "es", Priority.URGENT);
            d.advanceSeconds(5);
            d.accept(offer(d.events()));
            d.events();
            d.advanceSeconds(10 * 60 - 1);
            assertThat(d.events()).isEmpty();
            d.advanceSeconds(1); // ten minutes after Ana accepted; the call's ConferenceEnded was lost
            assertThat(status(d.events(), "ana")).extracting(InterpreterStatusChanged::previous,
                    InterpreterStatusChanged::current, InterpreterStatusChanged::reason).containsExactly(
                    InterpreterStatus.ON_CALL, InterpreterStatus.WRAP_UP,
                    "no end of call heard for request 1 (es) within PT10M");
            d.conferenceEnded("1"); // arriving after all: changes nothing
            assertThat(d.events()).isEmpty();
            d.advanceSeconds(30);
            assertThat(status(d.events(), "ana").current()).isEqualTo(InterpreterStatus.AVAILABLE);
        }
    }

    @Nested
    class ParallelRing {

        @Test
        void threeRingAtOnce_theFirstToAcceptWins_theOthersAreWithdrawn() {
            driver(AllocationPolicy.defaults().withParallelRing(3));
            d.on("ana", "Ana Ruiz", 1, "es");
            d.on("bea", "Bea Soto", 1, "es");
            d.on("cruz", "Cruz Vega", 2, "es");
            d.on("dora", "Dora Paz", 3, "es");
            d.events();
            d.open("1", "es", Priority.EMERGENCY);
            List<OfferMade> offers = only(d.events(), OfferMade.class);
            assertThat(offers).extracting(OfferMade::interpreterId).containsExactly("ana", "bea", "cruz");
            assertThat(offers).extracting(OfferMade::attempt).containsExactly(1, 2, 3);

            d.accept(offers.get(1));
            List<RosterEvent> events = d.events();
            assertThat(types(events)).containsExactly("RequestAssigned", "InterpreterStatusChanged",
                    "OfferWithdrawn", "InterpreterStatusChanged", "OfferWithdrawn", "InterpreterStatusChanged");
            assertThat(only(events, RequestAssigned.class).getFirst().interpreterId()).isEqualTo("bea");
            assertThat(only(events, OfferWithdrawn.class)).extracting(OfferWithdrawn::interpreterId,
                    OfferWithdrawn::reason).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("ana", OfferWithdrawn.Reason.FILLED_BY_ANOTHER),
                    org.assertj.core.groups.Tuple.tuple("cruz", OfferWithdrawn.Reason.FILLED_BY_ANOTHER));

            d.accept(offers.get(0)); // the second "1" arrives after the first
            d.notAnswered(offers.get(2), Outcome.NO_ANSWER);
            assertThat(d.events()).isEmpty();
            assertThat(only(d.everyEvent(), OfferMade.class)).extracting(OfferMade::interpreterId)
                    .doesNotContain("dora");
        }
    }

    @Nested
    class OnePhoneOneInterpreter {

        @Test
        void aPutGivingOneInterpreterAnothersPhoneIsRefused_andChangesNothing() {
            driver(AllocationPolicy.defaults());
            d.join("ana", "Ana Ruiz", 1, "es");
            d.join("bea", "Bea Soto", 1, "es");
            d.events();
            d.snapshots();
            String anasPhone = RosterDriver.phoneOf("ana");

            d.command(new PutInterpreter(UUID.randomUUID(), d.now(), RosterDriver.ROSTER, "cy", "Cy", anasPhone,
                    List.of("es"), 1));
            d.command(new PutInterpreter(UUID.randomUUID(), d.now(), RosterDriver.ROSTER, "bea", "Bea Soto",
                    anasPhone, List.of("es", "pt"), 1));

            assertThat(d.events()).isEmpty();
            assertThat(d.snapshots()).isEmpty();
            assertThat(d.<String, Interpreter>store(AllocatorTopology.INTERPRETERS_STORE).get("cy")).isNull();
            assertThat(d.<String, Interpreter>store(AllocatorTopology.INTERPRETERS_STORE).get("bea").phone())
                    .isEqualTo(RosterDriver.phoneOf("bea"));
        }

        @Test
        void anInterpreterKeepsTheirOwnPhoneOnAnUpdate_andAPhoneIsFreeOnceItsHolderLeft() {
            driver(AllocationPolicy.defaults());
            d.join("ana", "Ana Ruiz", 1, "es");
            String anasPhone = RosterDriver.phoneOf("ana");
            d.command(new PutInterpreter(UUID.randomUUID(), d.now(), RosterDriver.ROSTER, "ana", "Ana Ruiz-Soto",
                    anasPhone, List.of("es"), 2));
            assertThat(lastSnapshot(d.snapshots(), "ana").name()).isEqualTo("Ana Ruiz-Soto");

            d.remove("ana");
            d.command(new PutInterpreter(UUID.randomUUID(), d.now(), RosterDriver.ROSTER, "bea", "Bea Soto",
                    anasPhone, List.of("es"), 1));

            assertThat(lastSnapshot(d.snapshots(), "bea").phone()).isEqualTo(anasPhone);
        }
    }

    @Nested
    class PresenceAndRoster {

        @Test
        void goingOffWhileOffered_withdrawsTheOffer_notAMiss_andTheRequestMovesOn() {
            driver(AllocationPolicy.defaults());
            d.on("ana", "Ana Ruiz", 1, "es");
            d.on("bea", "Bea Soto", 2, "es");
            d.events();
            d.open("1", "es", Priority.URGENT);
            OfferMade toAna = offer(d.events());
            d.presence("ana", Presence.BREAK);
            List<RosterEvent> events = d.events();
            assertThat(types(events)).containsExactly("OfferWithdrawn", "InterpreterStatusChanged", "OfferMade",
                    "InterpreterStatusChanged");
            assertThat(only(events, OfferWithdrawn.class).getFirst().offerId()).isEqualTo(toAna.offerId());
            assertThat(status(events, "ana")).extracting(InterpreterStatusChanged::current,
                    InterpreterStatusChanged::reason).containsExactly(InterpreterStatus.BREAK,
                    "texted BREAK while offered request 1 (es)");
            assertThat(offer(events).interpreterId()).isEqualTo("bea");
            assertThat(lastSnapshot(d.snapshots(), "ana").missedInARow()).isZero();
        }

        @Test
        void offDuringACall_isAppliedWhenWrapUpEnds() {
            driver(AllocationPolicy.defaults());
            d.on("ana", "Ana Ruiz", 1, "es");
            d.open("1", "es", Priority.URGENT);
            d.accept(offer(d.events()));
            d.open("2", "es", Priority.URGENT);
            d.events();
            d.presence("ana", Presence.OFF);
            assertThat(d.events()).isEmpty(); // still ON_CALL
            d.conferenceEnded("1");
            assertThat(status(d.events(), "ana").current()).isEqualTo(InterpreterStatus.WRAP_UP);
            d.advanceSeconds(30);
            List<RosterEvent> events = d.events();
            assertThat(status(events, "ana").current()).isEqualTo(InterpreterStatus.OFFLINE);
            assertThat(only(events, OfferMade.class)).isEmpty();
        }

        @Test
        void onDuringACall_cancelsAnEarlierOffWish() {
            driver(AllocationPolicy.defaults());
            d.on("ana", "Ana Ruiz", 1, "es");
            d.open("1", "es", Priority.URGENT);
            d.accept(offer(d.events()));
            d.presence("ana", Presence.BREAK);
            d.presence("ana", Presence.ON);
            d.conferenceEnded("1");
            d.advanceSeconds(30);
            assertThat(status(d.events(), "ana").current()).isEqualTo(InterpreterStatus.AVAILABLE);
        }

        @Test
        void administratorSetsPresence_butCannotSetDerivedStatuses() {
            driver(AllocationPolicy.defaults());
            d.join("ana", "Ana Ruiz", 1, "es");
            d.events();
            d.setPresence("ana", InterpreterStatus.ON_CALL);
            d.setPresence("ana", InterpreterStatus.PAUSED);
            assertThat(d.events()).isEmpty();
            d.setPresence("ana", InterpreterStatus.AVAILABLE);
            assertThat(status(d.events(), "ana")).extracting(InterpreterStatusChanged::previous,
                    InterpreterStatusChanged::current, InterpreterStatusChanged::reason)
                    .containsExactly(InterpreterStatus.OFFLINE, InterpreterStatus.AVAILABLE, "set by an administrator");
            d.setPresence("ana", InterpreterStatus.BREAK);
            assertThat(status(d.events(), "ana").current()).isEqualTo(InterpreterStatus.BREAK);
        }

        @Test
        void newInterpretersStartOffline_profileUpdatesKeepPresence_andNewLanguagesAreOfferedAtOnce() {
            driver(AllocationPolicy.defaults());
            d.join("ana", "Ana Ruiz", 1, "es");
            List<RosterEvent> joined = d.events();
            assertThat(status(joined, "ana")).extracting(InterpreterStatusChanged::previous,
                    InterpreterStatusChanged::current).containsExactly(null, InterpreterStatus.OFFLINE);
            InterpreterSnapshot snapshot = lastSnapshot(d.snapshots(), "ana");
            assertThat(snapshot).extracting(InterpreterSnapshot::name, InterpreterSnapshot::languages,
                    InterpreterSnapshot::tier, InterpreterSnapshot::status, InterpreterSnapshot::rosterId)
                    .containsExactly("Ana Ruiz", List.of("es"), 1, InterpreterStatus.OFFLINE, "default");

            d.presence("ana", Presence.ON);
            d.open("1", "pt", Priority.URGENT); // nobody speaks pt yet: escalated, waits
            d.events();
            d.snapshots();
            d.join("ana", "Ana Ruiz-Lopez", 2, "es", "pt");
            List<RosterEvent> updated = d.events();
            assertThat(offer(updated)).extracting(OfferMade::requestId, OfferMade::interpreterName)
                    .containsExactly("1", "Ana Ruiz-Lopez");
            assertThat(d.snapshots()).extracting(kv -> kv.value.status(), kv -> kv.value.tier())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(InterpreterStatus.AVAILABLE, 2),
                            org.assertj.core.groups.Tuple.tuple(InterpreterStatus.OFFERED, 2));
        }

        @Test
        void removingAnOfferedInterpreter_withdrawsTheOffer_andPublishesATombstone() {
            driver(AllocationPolicy.defaults());
            d.on("ana", "Ana Ruiz", 1, "es");
            d.on("bea", "Bea Soto", 2, "es");
            d.open("1", "es", Priority.URGENT);
            OfferMade toAna = offer(d.events());
            d.snapshots();
            d.remove("ana");
            List<RosterEvent> events = d.events();
            assertThat(types(events)).containsExactly("OfferWithdrawn", "InterpreterStatusChanged", "OfferMade",
                    "InterpreterStatusChanged");
            assertThat(only(events, OfferWithdrawn.class).getFirst().offerId()).isEqualTo(toAna.offerId());
            assertThat(status(events, "ana")).extracting(InterpreterStatusChanged::current,
                    InterpreterStatusChanged::reason).containsExactly(InterpreterStatus.OFFLINE,
                    "removed from the roster");
            assertThat(offer(events).interpreterId()).isEqualTo("bea");
            List<KeyValue<String, InterpreterSnapshot>> snapshots = d.snapshots();
            assertThat(snapshots).filteredOn(kv -> kv.key.equals("ana")).singleElement()
                    .satisfies(kv -> assertThat(kv.value).isNull());
            d.accept(toAna);
            assertThat(d.events()).isEmpty();
        }

        @Test
        void removingSomeoneOnACall_leavesTheCallAlone() {
            driver(AllocationPolicy.defaults());
            d.on("ana", "Ana Ruiz", 1, "es");
            d.open("1", "es", Priority.URGENT);
            d.accept(offer(d.events()));
            d.events();
            d.remove("ana");
            d.conferenceEnded("1");
            d.advanceSeconds(60);
            assertThat(types(d.events())).containsExactly("InterpreterStatusChanged");
        }
    }

    @Nested
    class InteractiveQueries {

        @Test
        void theStoresAnswerWhoIsWhere_whatWaits_andWhichOffersStand() {
            driver(AllocationPolicy.defaults());
            d.on("ana", "Ana Ruiz", 1, "es");
            d.join("bea", "Bea Soto", 1, "ar");
            d.open("1", "es", Priority.URGENT);
            d.advanceSeconds(1);
            d.open("2", "es", Priority.EMERGENCY);
            d.open("3", "ar", Priority.URGENT);

            KeyValueStore<String, Interpreter> interpreters = d.store(AllocatorTopology.INTERPRETERS_STORE);
            assertThat(interpreters.get("ana").status()).isEqualTo(InterpreterStatus.OFFERED);
            assertThat(interpreters.get("bea").snapshot().status()).isEqualTo(InterpreterStatus.OFFLINE);

            KeyValueStore<String, Request> requests = d.store(AllocatorTopology.REQUESTS_STORE);
            assertThat(new WaitingLine(requests).waiting("default", "default", "es")).extracting(Request::requestId)
                    .containsExactly("2", "1");
            assertThat(new WaitingLine(requests).waiting("default", "default", "ar")).extracting(Request::requestId)
                    .containsExactly("3");

            KeyValueStore<String, Offer> offers = d.store(AllocatorTopology.OFFERS_STORE);
            Offer live = RosterStores.values(offers).getFirst();
            assertThat(live).extracting(Offer::requestId, Offer::interpreterId).containsExactly("1", "ana");
            assertThat(RosterStores.values(offers)).hasSize(1);
        }
    }
}

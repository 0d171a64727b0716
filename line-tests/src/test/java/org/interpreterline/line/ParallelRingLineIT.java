package org.interpreterline.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.interpreterline.local.process.ServiceProcess;
import org.interpreterline.events.InterpreterStatus;
import org.interpreterline.events.dispatch.RequestCancelled;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.notification.OfferAnswered;
import org.interpreterline.events.notification.OfferNotAnswered;
import org.interpreterline.events.notification.ParticipantJoined;
import org.interpreterline.events.notification.Party;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.events.roster.OfferWithdrawn;
import org.interpreterline.events.roster.RequestAssigned;
import org.interpreterline.events.roster.RequestEscalated;
import org.interpreterline.events.roster.RequestQueued;
import org.interpreterline.simulator.phones.Behaviour;
import org.interpreterline.simulator.phones.PhoneCallState;
import org.interpreterline.simulator.phones.PhoneView;
import org.interpreterline.testkit.ServiceProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A line that rings three interpreters at once and has no fallback provider: the first "1" wins and the others
 * are let go at once; without a fallback the requester is told so and keeps their place; and the line loses no
 * request and double-books nobody when its roster, then its notification-service, are killed (SIGKILL) with 50
 * requests in flight. The kill test runs last: it restarts services.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ParallelRingLineIT {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    /** Phones ring and prompts wait four times faster than real time: the 24 s ring timeout is 6 s. */
    static final double TIME_SCALE = 4;
    static final String NO_LONGER_NEEDED = "This request is no longer needed. Thank you.";

    static LineUnderTest line;

    @BeforeAll
    static void startTheLine() throws Exception {
        line = LineUnderTest.start("parallel-ring", Map.of(
                "LINE_PARALLEL_RING", "3",
                // longer than a ring and the accept prompt (6 s + 2 x 2 s here), as it must be
                "LINE_OFFER_TIMEOUT", "12s",
                "LINE_WRAP_UP", "1s",
                "LINE_ESCALATE_AFTER", "60s",
                "LINE_ESCALATE_AFTER_EMERGENCY", "60s",
                // a ConferenceEnded lost while notification-service is down frees its interpreter after 60 s; longer
                // than notification-service's restart (up to 25 s here) plus its 25 s wait for an accepted
                // interpreter to join, so that an interpreter who left before the bridge during the outage is
                // reported as such (the request goes to someone else) before the roster presumes the call over
                "LINE_MAX_CALL", "60s",
                "LINE_NOTIFICATION_RING_TIMEOUT", "24s",
                // a killed service's consumers are given up on after 6 s instead of Kafka's 45 s (the Streams
                // services ask for 3 s themselves, raised to the test broker's floor of 6 s)
                "SPRING_APPLICATION_JSON", """
                        {"spring.kafka.consumer.properties[session.timeout.ms]": "6000",
                         "spring.kafka.consumer.properties[heartbeat.interval.ms]": "1500"}"""), TIME_SCALE);
    }

    @AfterAll
    static void stopTheLine() throws Exception {
        if (line != null) {
            line.close();
        }
    }

    @Test
    @Order(1)
    void threeInterpretersRingAtOnce_theFirstOneWins_andTheOthersAreLetGoAtOnce() throws Exception {
        String officer = "+14125552101";
        String olena = "+14125552201";
        String taras = "+14125552202";
        String iryna = "+14125552203";
        line.responder("Officer Koval", officer, "Pittsburgh Police");
        line.sim.configurePhone(officer, null, Behaviour.ANSWER, 200, null, false);
        for (String phone : List.of(olena, taras, iryna)) {
            line.sim.configurePhone(phone, null, Behaviour.MANUAL, null, null, false);
        }
        String olenaId = line.availableInterpreter("Olena Shevchenko", olena, List.of("uk"), 1);
        String tarasId = line.availableInterpreter("Taras Bondar", taras, List.of("uk"), 1);
        String irynaId = line.availableInterpreter("Iryna Melnyk", iryna, List.of("uk"), 2);

        line.sim.sms(officer, "ukrainian");
        RequestOpened opened = line.events.await(RequestOpened.class, o -> officer.equals(o.requesterPhone()),
                PATIENCE);
        List<OfferMade> offers = org.awaitility.Awaitility.await().atMost(PATIENCE)
                .until(() -> line.events.all(OfferMade.class, o -> o.requestId().equals(opened.requestId())),
                        all -> all.size() == 3);
        assertThat(offers).extracting(OfferMade::interpreterId).containsExactlyInAnyOrder(olenaId, tarasId, irynaId);
        for (String phone : List.of(olena, taras, iryna)) {
            line.sim.awaitPhone(phone, p -> p.callState() == PhoneCallState.RINGING, PATIENCE);
        }
        line.sim.answer(olena);
        line.sim.answer(taras);
        for (String phone : List.of(olena, taras)) {
            line.sim.awaitPhone(phone, p -> p.waitingForInput() && p.heardText("Ukrainian interpreter needed"),
                    PATIENCE);
        }

        // both press 1 within milliseconds; the line takes the first "1" it records
        line.sim.press(olena, "1");
        boolean tarasPressed = pressIfStillOn(taras, "1");

        RequestAssigned assigned = line.events.await(RequestAssigned.class,
                a -> a.requestId().equals(opened.requestId()), PATIENCE);
        OfferAnswered first = line.events.all(OfferAnswered.class, a -> a.requestId().equals(opened.requestId())
                && a.answer() == OfferAnswered.Answer.ACCEPTED).getFirst();
        assertThat(assigned.offerId()).isEqualTo(first.offerId());
        String winner = assigned.interpreterId().equals(olenaId) ? olena : taras;
        String loser = winner.equals(olena) ? taras : olena;
        String loserId = winner.equals(olena) ? tarasId : olenaId;
        assertThat(assigned.interpreterId()).isIn(olenaId, tarasId);
        Map<String, OfferWithdrawn.Reason> withdrawn = org.awaitility.Awaitility.await().atMost(PATIENCE)
                .until(() -> line.events.all(OfferWithdrawn.class, w -> w.requestId().equals(opened.requestId()))
                        .stream().collect(Collectors.toMap(OfferWithdrawn::interpreterId, OfferWithdrawn::reason)),
                        w -> w.size() == 2);
        assertThat(withdrawn).containsOnly(Map.entry(loserId, OfferWithdrawn.Reason.FILLED_BY_ANOTHER),
                Map.entry(irynaId, OfferWithdrawn.Reason.FILLED_BY_ANOTHER));

        line.sim.awaitConference("req-" + opened.requestId(), c -> c.phoneNumbers().containsAll(List.of(winner, officer)),
                PATIENCE);
        PhoneView irynaPhone = line.sim.awaitPhone(iryna, p -> p.callState() == PhoneCallState.IDLE, PATIENCE);
        assertThat(irynaPhone.calls()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo("canceled"));
        PhoneView loserPhone = line.sim.awaitPhone(loser, p -> p.callState() == PhoneCallState.IDLE
                && p.heardText(NO_LONGER_NEEDED), PATIENCE);
        assertThat(loserPhone.heard()).last().isEqualTo(NO_LONGER_NEEDED);
        assertThat(loserPhone.transcript()).noneMatch(t -> t.text().contains("conference"));
        if (tarasPressed) {
            // the second "1" reached the line too: reported, but it bridged nobody
            assertThat(line.events.all(OfferAnswered.class, a -> a.interpreterId().equals(loserId)))
                    .extracting(OfferAnswered::answer).containsOnly(OfferAnswered.Answer.ACCEPTED);
        }
        // reported by notification-service's call desk once it committed the conference's callback: wait for it
        assertThat(org.awaitility.Awaitility.await().atMost(PATIENCE).until(() -> line.events.all(
                ParticipantJoined.class, j -> j.requestId().equals(opened.requestId()) && j.party() == Party.INTERPRETER),
                joined -> !joined.isEmpty())).hasSize(1);
        line.sim.hangup(officer);
    }

    @Test
    @Order(2)
    void withoutAFallbackTheRequesterIsToldSo_keepsTheirPlace_andIsServedWhenSomeoneWhoSpeaksItComesOn()
            throws Exception {
        String texter = "+14125552102";
        String caller = "+14125552103";
        String ahmad = "+14125552204";
        line.responder("Officer Nazari", texter, "Pittsburgh Police");
        line.responder("Officer Wardak", caller, "Pittsburgh Police");
        line.sim.configurePhone(texter, null, Behaviour.ANSWER, 200, null, false);

        line.sim.sms(texter, "pashto");
        RequestOpened texted = line.events.await(RequestOpened.class, o -> texter.equals(o.requesterPhone()),
                PATIENCE);
        RequestEscalated escalated = line.events.await(RequestEscalated.class,
                x -> x.requestId().equals(texted.requestId()), PATIENCE);
        assertThat(escalated.reason()).isEqualTo(RequestEscalated.Reason.NO_INTERPRETER_FOR_LANGUAGE);
        assertThat(escalated.fallbackNumber()).isNull();
        line.events.await(RequestQueued.class, q -> q.requestId().equals(texted.requestId()), PATIENCE);
        line.sim.awaitPhone(texter, p -> p.inboxBodies().contains("Request " + texted.reference() + ": no Pashto "
                + "interpreter is free yet; we are still looking and will call you."), PATIENCE);

        String call = Officers.callAndSay(line, caller, "Pashto", PATIENCE);
        RequestOpened called = line.events.await(RequestOpened.class, o -> call.equals(o.requesterCallSid()),
                PATIENCE);
        line.events.await(RequestQueued.class, q -> q.requestId().equals(called.requestId()), PATIENCE);
        line.sim.awaitPhone(caller, p -> p.callState() == PhoneCallState.ON_HOLD, PATIENCE);
        line.awaitStatus(called.requestId(), "QUEUED");
        // the call is an emergency: ahead of the text in line
        assertThat(line.hold(called.requestId())).contains("<Say>No Pashto interpreter is free yet, and no backup interpreter service "
                + "is available, so we are still trying. You are number 1 in line.");
        assertThat(line.sim.apiLog()).noneMatch(e -> e.path().contains("/Calls/" + call + ".json"));
        assertThat(line.dispatchAdmin.ok("GET", "/api/requests/" + texted.requestId(), null).path("status")
                .asString()).isEqualTo("QUEUED");

        line.sim.configurePhone(ahmad, "Ahmad Popal", Behaviour.ANSWER, 200, "1", false);
        String ahmadId = line.availableInterpreter("Ahmad Popal", ahmad, List.of("ps"), 1);
        assertThat(line.events.await(OfferMade.class, o -> o.interpreterId().equals(ahmadId), PATIENCE).requestId())
                .isEqualTo(called.requestId());
        line.sim.awaitConference("req-" + called.requestId(), c -> c.phoneNumbers().containsAll(List.of(caller, ahmad)),
                PATIENCE);
        line.sim.hangup(caller);
        line.sim.awaitConference("req-" + texted.requestId(), c -> c.phoneNumbers().containsAll(List.of(texter, ahmad)),
                PATIENCE);
        line.sim.hangup(texter);
    }

    /**
     * 50 requests (40 calls, 10 texts; 5 callers hang up while holding) to 10 interpreters who answer and press 1;
     * the roster is killed and restarted while they come in, then notification-service. Judged from the event log
     * and the simulator, never from the services' opinion of themselves.
     */
    @Test
    @Order(3)
    void killingTheRosterThenNotificationServiceWithFiftyRequestsInFlightLosesNoRequestAndDoubleBooksNobody()
            throws Exception {
        Map<String, String> interpreterByPhone = new HashMap<>();
        for (int i = 0; i < 10; i++) {
            String phone = "+1412555" + (3001 + i);
            line.sim.configurePhone(phone, "Interpreter " + i, Behaviour.ANSWER, 300 + 70 * i, "1", false);
            interpreterByPhone.put(phone, line.availableInterpreter("Interpreter " + i, phone, List.of("es"), 1 + i % 2));
        }
        List<String> officers = new ArrayList<>();
        for (int j = 0; j < 50; j++) {
            String phone = "+1412555" + (4001 + j);
            officers.add(phone);
            line.responder("Officer " + j, phone, "Pittsburgh Police");
            // callers press 1 (Spanish) at the menu; texters pick up our call back
            line.sim.configurePhone(phone, null, Behaviour.ANSWER, 200, texter(j) ? null : "1", false);
        }
        Set<String> earlyHangUps = ConcurrentHashMap.newKeySet();
        Map<String, String> callSids = new ConcurrentHashMap<>();
        Instant start = Instant.now();
        Map<String, Duration> downtime = new HashMap<>();

        try (Conductor conductor = new Conductor(line.sim, Set.copyOf(officers), Duration.ofSeconds(2))) {
            Thread opener = Thread.ofPlatform().name("officers").start(() -> {
                for (int j = 0; j < officers.size(); j++) {
                    String phone = officers.get(j);
                    if (texter(j)) {
                        line.sim.sms(phone, "spanish");
                    } else {
                        callSids.put(phone, line.sim.dial(phone));
                        if (j % 10 == 3) {
                            hangUpWhileHolding(phone, earlyHangUps);
                        }
                    }
                    sleep(Duration.ofMillis(400));
                }
            });
            sleep(Duration.ofSeconds(4));
            downtime.put("interpreter-roster", killAndRestart(line.roster));
            downtime.put("notification-service", killAndRestart(line.notification));
            opener.join();

            Set<String> requestIds = org.awaitility.Awaitility.await().atMost(PATIENCE)
                    .until(() -> requestsOf(officers), ids -> ids.size() == officers.size());
            BookingAudit audit = settled(() -> new BookingAudit(line.events), a -> a.unfinished(requestIds).isEmpty(),
                    Duration.ofSeconds(150));
            assertThat(audit.unfinished(requestIds)).as("requests neither assigned nor cancelled").isEmpty();
            // nobody stays on a call nobody hears the end of, nobody stays offered: all free again
            audit = settled(() -> new BookingAudit(line.events), a -> interpreterByPhone.values().stream()
                    .allMatch(id -> a.lastStatuses().get(id) == InterpreterStatus.AVAILABLE), Duration.ofSeconds(90));
            assertThat(audit.lastStatuses()).as("interpreters not AVAILABLE again").containsAllEntriesOf(
                    interpreterByPhone.values().stream().collect(Collectors.toMap(id -> id,
                            id -> InterpreterStatus.AVAILABLE)));
            Duration drained = Duration.between(start, Instant.now());

            assertThat(audit.overlappingOffers()).as("offers to an interpreter who was still busy").isEmpty();
            assertThat(audit.doubleAssignments()).as("requests assigned twice").isEmpty();
            Map<String, Set<String>> bridged = ConferencesJoined.by(line.sim, interpreterByPhone.keySet());
            // the last assignment holds: an earlier one's interpreter left before the bridge (doubleAssignments)
            Map<String, String> assignedTo = audit.of(RequestAssigned.class).collect(Collectors.toMap(
                    RequestAssigned::requestId, RequestAssigned::interpreterId, (earlier, later) -> later));
            bridged.forEach((phone, conferences) -> conferences.forEach(conference -> assertThat(
                    assignedTo.get(conference.substring("req-".length()))).as(phone + " was in " + conference)
                    .isEqualTo(interpreterByPhone.get(phone))));
            assertThat(bridged.values().stream().flatMap(Set::stream).collect(Collectors.groupingBy(c -> c,
                    Collectors.counting()))).as("conferences an interpreter was bridged into twice")
                    .allSatisfy((conference, count) -> assertThat(count).isEqualTo(1));

            // connected as Twilio saw it: the officer and the assigned interpreter were both in the request's conference
            Map<String, Set<String>> officerConferences = ConferencesJoined.by(line.sim, Set.copyOf(officers));
            Map<String, String> officerOf = audit.of(RequestOpened.class).filter(o -> requestIds.contains(o.requestId()))
                    .collect(Collectors.toMap(RequestOpened::requestId, RequestOpened::requesterPhone));
            Map<String, String> phoneOf = new HashMap<>();
            interpreterByPhone.forEach((phone, id) -> phoneOf.put(id, phone));
            Set<String> connectedIds = requestIds.stream().filter(id -> assignedTo.containsKey(id)
                    && officerConferences.get(officerOf.get(id)).contains("req-" + id)
                    && bridged.get(phoneOf.get(assignedTo.get(id))).contains("req-" + id)).collect(Collectors.toSet());
            Set<String> cancelledIds = audit.of(RequestCancelled.class)
                    .map(RequestCancelled::requestId)
                    .filter(requestIds::contains).collect(Collectors.toSet());
            assertThat(requestIds).as("requests neither connected nor cancelled")
                    .allMatch(id -> connectedIds.contains(id) || cancelledIds.contains(id));
            long connected = connectedIds.size();
            long cancelled = requestIds.stream().filter(id -> !connectedIds.contains(id)).count();
            long offers = audit.of(OfferMade.class).filter(o -> requestIds.contains(o.requestId())).count();
            Map<OfferWithdrawn.Reason, Long> withdrawals = audit.of(OfferWithdrawn.class)
                    .filter(w -> requestIds.contains(w.requestId()))
                    .collect(Collectors.groupingBy(OfferWithdrawn::reason, Collectors.counting()));
            Map<OfferNotAnswered.Outcome, Long> unanswered = audit.of(OfferNotAnswered.class)
                    .filter(n -> requestIds.contains(n.requestId()))
                    .collect(Collectors.groupingBy(OfferNotAnswered::outcome, Collectors.counting()));
            long lateOnes = audit.of(OfferAnswered.class).filter(a -> requestIds.contains(a.requestId())
                    && a.answer() == OfferAnswered.Answer.ACCEPTED).count() - connected;
            System.out.printf("kill test: %d requests (%d early hang-ups): %d connected, %d cancelled; %d offers, "
                            + "withdrawn %s, not answered %s, %d acceptances too late; %d requests assigned again after "
                            + "their interpreter left before the bridge; %d calls presumed over; downtime %s; %d "
                            + "conferences ended by officers; all settled after %d s%n",
                    requestIds.size(), earlyHangUps.size(), connected, cancelled, offers, withdrawals, unanswered,
                    lateOnes, audit.reassigned(), audit.callsPresumedOver(), downtime, conductor.conferencesEnded(),
                    drained.toSeconds());
            assertThat(connected).as("requests connected").isGreaterThanOrEqualTo(officers.size() - 10L);
            // Twilio's side of "never two at once": no interpreter was rung while on another of the line's calls
            assertThat(unanswered.getOrDefault(OfferNotAnswered.Outcome.BUSY, 0L)).as("offers that found the "
                    + "interpreter's phone busy").isZero();
            for (ServiceProcess service : line.services()) {
                assertThat(new ServiceProbe(service.port()).awaitHealth()).isEqualTo("UP");
            }
        }
    }

    // ---- helpers

    /** The value once it satisfies the condition, or the last one seen at the timeout: the assertions explain. */
    private static <T> T settled(java.util.function.Supplier<T> read, java.util.function.Predicate<T> done,
            Duration atMost) {
        Instant giveUp = Instant.now().plus(atMost);
        T last = read.get();
        while (!done.test(last) && Instant.now().isBefore(giveUp)) {
            sleep(Duration.ofSeconds(1));
            last = read.get();
        }
        return last;
    }

    private static boolean texter(int j) {
        return j % 5 == 4;
    }

    private static boolean pressIfStillOn(String phone, String key) {
        try {
            line.sim.press(phone, key);
            return true;
        } catch (RuntimeException e) {
            return false; // the line already took the offer back
        }
    }

    /** A caller who gives up while on hold: a cancellation while offers may be ringing. */
    private static void hangUpWhileHolding(String phone, Set<String> hungUp) {
        Thread.ofVirtual().start(() -> {
            try {
                line.sim.awaitPhone(phone, p -> p.callState() == PhoneCallState.ON_HOLD, PATIENCE);
                sleep(Duration.ofMillis(300));
                line.sim.hangup(phone);
                hungUp.add(phone);
            } catch (RuntimeException | AssertionError e) {
                // already connected: then the call simply goes on
            }
        });
    }

    /** SIGKILL, then start again at once; returns how long the service was away (until healthy again). */
    private static Duration killAndRestart(ServiceProcess service) throws Exception {
        Instant killed = Instant.now();
        service.kill();
        service.start();
        service.awaitHealthy(); // fails at once if the restarted JVM exits
        return Duration.between(killed, Instant.now()).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    private static Set<String> requestsOf(List<String> officers) {
        Set<String> phones = Set.copyOf(officers);
        return line.events.all(RequestOpened.class, o -> phones.contains(o.requesterPhone())).stream()
                .map(RequestOpened::requestId).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

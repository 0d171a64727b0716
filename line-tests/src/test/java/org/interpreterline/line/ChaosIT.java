package org.interpreterline.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.interpreterline.events.InterpreterStatus;
import org.interpreterline.events.JsonSerde;
import org.interpreterline.events.RequestEvent;
import org.interpreterline.events.dispatch.RequestCancelled;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.notification.ConferenceEnded;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.events.roster.RequestAssigned;
import org.interpreterline.events.roster.RosterEvent;
import org.interpreterline.local.process.ServiceProcess;
import org.interpreterline.simulator.phones.Behaviour;
import org.interpreterline.simulator.phones.PhoneCallState;
import org.interpreterline.simulator.rest.ApiLogEntry;
import org.interpreterline.simulator.webhooks.WebhookLogEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The chaos run: three brokers, two instances of each service behind HAProxy, and 200 requests over about two
 * minutes (calls and texts; interpreters who accept, decline or let it ring out; callers who hang up while holding,
 * texters who cancel) while one broker is SIGKILLed and started again, and then the instance that serves the roster
 * of each service in turn. The broker goes first, so that its takeover is measured on the traffic while no service is
 * restarting (killed after the restarts, it came after the traffic and measured nothing). Every request must end as its script says (connected and ended, or cancelled), none
 * lost, nobody booked or bridged twice, no caller left holding, and the roster's and the request record's counts
 * must agree afterwards. Judged from the event log, the simulator and the admin APIs.
 *
 * <p>Failover per service is measured on the traffic itself, from the SIGKILL to the survivor's first piece of the
 * dead instance's work: interpreter-roster, a decision about a request opened after the kill; dispatch-service, the
 * survivor answering for a request opened before the kill; notification-service, a call dialled after the kill.
 * A takeover's figure holds the load's own latency as well, so the run also prints two {@link LatencyTimeline}s,
 * request by request in ten-second slices: request opened to the roster's first word on it, and offer made to the
 * interpreter's phone dialled.
 * {@code -Dchaos.rounds=2} kills each service twice (FailoverIT measures three takeovers per service in isolation);
 * {@code -Dchaos.rounds=0} kills nothing: the same traffic's baseline.
 */
class ChaosIT {

    static final int REQUESTS = Integer.getInteger("chaos.requests", 200);
    static final Duration WINDOW = Duration.ofSeconds(Long.getLong("chaos.window-seconds", 120));
    static final int ROUNDS = Integer.getInteger("chaos.rounds", 1);
    /** Between two kills: the first comes this long after the first request. */
    static final Duration KILL_EVERY = Duration.ofSeconds(20);
    static final Duration TAKEOVER_PATIENCE = Duration.ofSeconds(90);
    static final Duration PATIENCE = Duration.ofSeconds(90);
    static final Duration TALK = Duration.ofSeconds(2);

    /** What one requester does, and so how their request must end. */
    enum Script {
        /** calls, presses 1 for Spanish, is connected and hangs up after talking */
        CALL_CONNECTS(true),
        /** texts "spanish", answers the line's call back, is connected and hangs up after talking */
        TEXT_CONNECTS(true),
        /** calls, presses 2 for Arabic (whose only interpreter lets it ring out), hangs up while holding */
        CALL_HANGS_UP_HOLDING(false),
        /** texts "arabic", then CANCEL */
        TEXT_CANCELS(false);

        final boolean connects;

        Script(boolean connects) {
            this.connects = connects;
        }

        static Script of(int j) {
            return switch (j % 10) {
                case 3, 8 -> TEXT_CONNECTS;
                case 9 -> j % 20 == 9 ? CALL_HANGS_UP_HOLDING : TEXT_CANCELS;
                default -> CALL_CONNECTS;
            };
        }
    }

    static ReplicatedLine line;
    /** What went wrong off the test's own thread: requesters, the chaos, restarts. */
    static final List<String> FAILURES = new CopyOnWriteArrayList<>();
    /** interpreter phone → id */
    static final Map<String, String> interpreters = new LinkedHashMap<>();
    static final Set<String> accepters = new LinkedHashSet<>();
    /** What was killed when, for the timelines */
    static final List<Kill> KILLS = new CopyOnWriteArrayList<>();

    record Kill(String what, Instant at) {
    }

    @BeforeAll
    static void startTheLine() throws Exception {
        line = ReplicatedLine.start("chaos", 3, 2, Map.of(
                "LINE_WRAP_UP", "1s",
                // nothing escalates to a fallback: a request ends connected or cancelled, as its script says
                "LINE_ESCALATE_AFTER", "30m",
                "LINE_ESCALATE_AFTER_EMERGENCY", "30m",
                // ring-outs come back after 6 s; an offer still unheard of after 20 s (an outage) moves on
                "LINE_NOTIFICATION_RING_TIMEOUT", "6s",
                "LINE_OFFER_TIMEOUT", "20s",
                // those who decline or let it ring stay on the roster all run long
                "LINE_MISSED_OFFERS_BEFORE_PAUSE", "1000"));
        for (int i = 0; i < 16; i++) {
            String phone = "+1412556" + (1000 + i);
            line.sim.configurePhone(phone, "Accepting " + i, Behaviour.ANSWER, 300 + 40 * i, "1", false);
            accepters.add(phone);
            interpreters.put(phone, line.availableInterpreter("Accepting " + i, phone, List.of("es")));
        }
        for (int i = 0; i < 3; i++) {
            String phone = "+1412556" + (2000 + i);
            line.sim.configurePhone(phone, "Declining " + i, Behaviour.ANSWER, 300, "2", false);
            interpreters.put(phone, line.availableInterpreter("Declining " + i, phone, List.of("es")));
        }
        for (int i = 0; i < 3; i++) {
            String phone = "+1412556" + (3000 + i);
            line.sim.configurePhone(phone, "Ringing out " + i, Behaviour.NO_ANSWER, null, null, false);
            interpreters.put(phone, line.availableInterpreter("Ringing out " + i, phone, List.of("es")));
        }
        String arabic = "+14125564000";
        line.sim.configurePhone(arabic, "Never answers", Behaviour.NO_ANSWER, null, null, false);
        interpreters.put(arabic, line.availableInterpreter("Never answers", arabic, List.of("ar")));
    }

    @AfterAll
    static void stopTheLine() throws Exception {
        if (line != null) {
            line.close();
        }
    }

    @Test
    void requestsWhileAnInstanceOfEachServiceAndABrokerAreKilledEndAsScriptedWithNobodyBookedTwice()
            throws Exception {
        List<String> officers = new ArrayList<>();
        Map<String, Script> scripts = new LinkedHashMap<>();
        // straight to the owner: 200 writes forwarded on a loaded machine can outwait the forward timeout, and
        // setting up is not what is tested here
        AdminApi dispatchOwner = line.adminOf(line.owner("dispatch-service", PATIENCE));
        for (int j = 0; j < REQUESTS; j++) {
            String phone = "+1412557" + (1000 + j);
            Script script = Script.of(j);
            officers.add(phone);
            scripts.put(phone, script);
            dispatchOwner.ok("POST", "/api/responders", Map.of("name", "Officer " + j, "phone", phone,
                    "agency", "Pittsburgh Police", "badge", Integer.toString(j)));
            line.sim.configurePhone(phone, null, Behaviour.ANSWER, 200, switch (script) {
                case CALL_CONNECTS -> "1";
                case CALL_HANGS_UP_HOLDING -> "2";
                default -> null;
            }, false);
        }
        Set<String> connecting = scripts.entrySet().stream().filter(e -> e.getValue().connects)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        List<String> scriptFailures = FAILURES;
        Map<String, List<Duration>> failovers = new TreeMap<>();
        List<Thread> restarts = new CopyOnWriteArrayList<>();
        Instant start = Instant.now();

        try (Conductor conductor = new Conductor(line.sim, connecting, TALK)) {
            Thread opener = Thread.ofPlatform().name("requesters").start(() -> {
                long gap = WINDOW.toMillis() / REQUESTS;
                for (int j = 0; j < officers.size(); j++) {
                    sleepUntil(start.plusMillis(j * gap));
                    String phone = officers.get(j);
                    try {
                        act(phone, scripts.get(phone), scriptFailures);
                    } catch (RuntimeException e) {
                        scriptFailures.add(phone + " (" + scripts.get(phone) + ") could not start: " + e);
                    }
                }
            });
            Thread chaos = Thread.ofPlatform().name("chaos").start(() -> {
                try {
                    int slot = 0;
                    for (int round = 1; round <= ROUNDS; round++) {
                        if (round == 1) {
                            // back and in sync before the first service is killed (killBrokerAndMeasure waits)
                            sleepUntil(start.plus(KILL_EVERY.multipliedBy(++slot)).minus(KILL_EVERY.dividedBy(2)));
                            Duration took = killBrokerAndMeasure();
                            failovers.computeIfAbsent("broker", s -> new ArrayList<>()).add(took);
                        }
                        for (String service : ReplicatedLine.SERVICES) {
                            sleepUntil(start.plus(KILL_EVERY.multipliedBy(++slot)).minus(KILL_EVERY.dividedBy(2)));
                            Duration took = killOwnerAndMeasure(service, restarts);
                            failovers.computeIfAbsent(service, s -> new ArrayList<>()).add(took);
                        }
                    }
                } catch (Exception | AssertionError e) {
                    scriptFailures.add("chaos: " + e);
                }
            });
            opener.join();
            chaos.join();
            for (Thread restart : restarts) {
                restart.join();
            }

            Map<String, String> requestOf = settled(() -> requestsOf(officers), ids -> ids.size() == officers.size(),
                    PATIENCE);
            List<String> lost = officers.stream().filter(o -> !requestOf.containsKey(o))
                    .map(o -> o + " (" + scripts.get(o) + ")").toList();
            Set<String> requestIds = Set.copyOf(requestOf.values());
            // every request over: its call ended or it was cancelled
            BookingAudit audit = settled(() -> new BookingAudit(line.events), a -> overAlready(a, requestIds)
                    .containsAll(requestIds), Duration.ofSeconds(180));
            Set<String> notOver = new java.util.TreeSet<>(requestIds);
            notOver.removeAll(overAlready(audit, requestIds));
            // everyone free again (wrap-up is a second)
            audit = settled(() -> new BookingAudit(line.events), a -> interpreters.values().stream()
                    .allMatch(id -> a.lastStatuses().get(id) == InterpreterStatus.AVAILABLE), Duration.ofSeconds(60));
            Duration wall = Duration.between(start, Instant.now());

            Map<String, JsonNode> records = new HashMap<>();
            for (String id : requestIds) {
                records.put(id, line.dispatchAdmin.ok("GET", "/api/requests/" + id, null));
            }
            Map<String, Set<String>> bridged = ConferencesJoined.by(line.sim, interpreters.keySet());
            Map<String, Set<String>> officerConferences = ConferencesJoined.by(line.sim, Set.copyOf(officers));
            Map<String, String> assignedTo = audit.of(RequestAssigned.class).collect(Collectors.toMap(
                    RequestAssigned::requestId, RequestAssigned::interpreterId, (earlier, later) -> later));
            Map<String, String> phoneOf = new HashMap<>();
            interpreters.forEach((phone, id) -> phoneOf.put(id, phone));

            // outcomes as scripted
            Map<String, String> wrongOutcomes = new TreeMap<>();
            Map<String, Integer> outcomes = new TreeMap<>();
            for (String officer : officers) {
                String id = requestOf.get(officer);
                if (id == null) {
                    continue; // lost: reported as such
                }
                JsonNode record = records.get(id);
                String status = record.path("status").asString();
                outcomes.merge(scripts.get(officer) + " " + status, 1, Integer::sum);
                boolean connected = "ENDED".equals(status) && assignedTo.containsKey(id)
                        && officerConferences.get(officer).contains("req-" + id)
                        && bridged.getOrDefault(phoneOf.get(assignedTo.get(id)), Set.of()).contains("req-" + id);
                boolean asScripted = scripts.get(officer).connects ? connected
                        : "CANCELLED".equals(status) && !assignedTo.containsKey(id);
                if (!asScripted) {
                    wrongOutcomes.put(officer, scripts.get(officer) + " but " + status + ", assigned to "
                            + assignedTo.get(id) + ", officer in " + officerConferences.get(officer));
                }
            }
            // bridged twice: two interpreters in one request's conference, or one in a request not assigned to them
            Map<String, Long> interpretersPerConference = bridged.values().stream().flatMap(Set::stream)
                    .collect(Collectors.groupingBy(c -> c, Collectors.counting()));
            List<String> wrongBridges = new ArrayList<>();
            bridged.forEach((phone, conferences) -> conferences.forEach(c -> {
                if (!interpreters.get(phone).equals(assignedTo.get(c.substring("req-".length())))) {
                    wrongBridges.add(phone + " in " + c + " assigned to " + assignedTo.get(c.substring(4)));
                }
            }));
            List<String> holdingWithNobody = officers.stream().filter(o -> {
                PhoneCallState state = line.sim.phone(o).callState();
                return state != PhoneCallState.IDLE;
            }).toList();
            // the roster's counts against the record of every request
            JsonNode roster = line.rosterAdmin.ok("GET", "/api/interpreters", null);
            Map<String, String> rosterStatus = new TreeMap<>();
            roster.forEach(i -> rosterStatus.put(i.path("phone").asString(), i.path("status").asString()));
            JsonNode coverage = line.rosterAdmin.ok("GET", "/api/coverage", null);
            Map<String, Long> servedPerInterpreter = records.values().stream()
                    .filter(r -> "ENDED".equals(r.path("status").asString()))
                    .collect(Collectors.groupingBy(r -> r.path("interpreterId").asString(), TreeMap::new,
                            Collectors.counting()));
            Map<String, Long> bridgedPerInterpreter = new TreeMap<>();
            bridged.forEach((phone, conferences) -> {
                long n = conferences.stream().filter(c -> requestIds.contains(c.substring(4))).count();
                if (n > 0) {
                    bridgedPerInterpreter.put(interpreters.get(phone), n);
                }
            });
            List<WebhookLogEntry> failedWebhooks = line.sim.webhookLog().stream()
                    .filter(w -> w.status() >= 500 || w.error() != null).toList();

            System.out.printf("chaos: %d requests over %d s, %d lost %s, %d never over %s, all settled after %d s;"
                            + " outcomes %s; %d wrong %s; %d conferences ended by officers; webhooks failed %d %s%n",
                    requestIds.size(), WINDOW.toSeconds(), lost.size(), firstOf(lost), notOver.size(),
                    firstOf(notOver), wall.toSeconds(), outcomes, wrongOutcomes.size(),
                    firstOf(wrongOutcomes.entrySet()),
                    conductor.conferencesEnded(), failedWebhooks.size(), failedWebhooks.stream()
                            .collect(Collectors.groupingBy(w -> URI.create(w.url()).getPath() + " " + w.status()
                                    + (w.error() == null || w.status() >= 500 ? "" : " " + w.error()), TreeMap::new,
                                    Collectors.counting())));
            System.out.println("chaos kills: " + KILLS.stream().map(k -> "%s at %.1f s".formatted(k.what(),
                    Duration.between(start, k.at()).toMillis() / 1000.0)).toList());
            System.out.println("chaos decisions (request opened to the roster's first word on it): "
                    + decisionTimeline(start, requestIds).describe());
            System.out.println("chaos dials (offer made to the interpreter's phone dialled): "
                    + dialTimeline(start, requestIds).describe());
            failovers.forEach((service, times) -> {
                List<Long> sorted = times.stream().map(Duration::toMillis).sorted().toList();
                System.out.printf("chaos failover: %s, from SIGKILL to the survivor's first work, %d kills: median %d"
                        + " ms, max %d ms (all: %s)%n", service, sorted.size(), median(sorted), sorted.getLast(),
                        sorted);
            });
            if (!scriptFailures.isEmpty()) {
                System.out.println("chaos: " + scriptFailures.size() + " script failures " + firstOf(scriptFailures));
            }

            System.out.printf("chaos: booked twice %s; assigned twice %s; bridged into another's request %s;"
                    + " requesters still on a call %s%n", firstOf(audit.overlappingOffers()),
                    firstOf(audit.doubleAssignments()), firstOf(wrongBridges), firstOf(holdingWithNobody));
            assertThat(lost).as("requesters whose request was never opened (lost)").isEmpty();
            assertThat(notOver).as("requests neither ended nor cancelled").isEmpty();
            assertThat(scriptFailures).as("requesters' and the chaos' own failures").isEmpty();
            assertThat(wrongOutcomes).as("requests that did not end as scripted").isEmpty();
            assertThat(audit.doubleAssignments()).as("requests assigned twice").isEmpty();
            assertThat(audit.overlappingOffers()).as("interpreters booked twice").isEmpty();
            assertThat(interpretersPerConference).as("conferences with more than one interpreter")
                    .allSatisfy((c, n) -> assertThat(n).as(c).isEqualTo(1));
            assertThat(wrongBridges).as("interpreters bridged into a request not theirs").isEmpty();
            assertThat(holdingWithNobody).as("requesters still on a call after the run").isEmpty();
            assertThat(line.sim.conferences()).as("conferences still going")
                    .noneMatch(c -> c.status() == org.interpreterline.simulator.conferences.ConferenceStatus.IN_PROGRESS);
            assertThat(rosterStatus).as("the roster's interpreters after the run").hasSize(interpreters.size())
                    .allSatisfy((phone, status) -> assertThat(status).as(phone).isEqualTo("AVAILABLE"));
            coverage.forEach(c -> assertThat(c.path("available").asInt()).as("available " + c.path("language"))
                    .isEqualTo(c.path("onRoster").asInt()));
            assertThat(records.values()).as("requests the record still has open")
                    .allMatch(r -> Set.of("ENDED", "CANCELLED").contains(r.path("status").asString()));
            assertThat(servedPerInterpreter).as("calls per interpreter: the record against the conferences")
                    .isEqualTo(bridgedPerInterpreter);
            assertThat(failedWebhooks).as("webhooks answered with an error or not at all").isEmpty();
            if (ROUNDS > 0) {
                assertThat(failovers.keySet()).containsAll(ReplicatedLine.SERVICES);
            }
        }
    }

    /** Starts the requester's script; what follows the first step runs on a virtual thread. */
    private static void act(String phone, Script script, List<String> failures) {
        switch (script) {
            case CALL_CONNECTS -> line.sim.dial(phone);
            case TEXT_CONNECTS -> line.sim.sms(phone, "spanish");
            case CALL_HANGS_UP_HOLDING -> {
                line.sim.dial(phone);
                Thread.ofVirtual().start(() -> {
                    try {
                        line.sim.awaitPhone(phone, p -> p.callState() == PhoneCallState.ON_HOLD, PATIENCE);
                        sleepUntil(Instant.now().plusSeconds(1));
                        line.sim.hangup(phone);
                    } catch (RuntimeException | AssertionError e) {
                        failures.add(phone + " never held: " + e.getMessage());
                    }
                });
            }
            case TEXT_CANCELS -> {
                line.sim.sms(phone, "arabic");
                Thread.ofVirtual().start(() -> {
                    try {
                        line.events.await(RequestOpened.class, o -> phone.equals(o.requesterPhone()), PATIENCE);
                        line.sim.sms(phone, "CANCEL");
                    } catch (RuntimeException | AssertionError e) {
                        failures.add(phone + " could not cancel: " + e.getMessage());
                    }
                });
            }
        }
    }

    /**
     * SIGKILLs the instance that serves the roster (once the other is a warm standby), waits for the survivor's
     * first piece of its work, and starts the killed one again in the background.
     */
    private static Duration killOwnerAndMeasure(String service, List<Thread> restarts) throws Exception {
        awaitWarmStandby(service);
        ServiceProcess owner = line.owner(service, PATIENCE);
        ServiceProcess survivor = line.instances(service).stream().filter(i -> i != owner).findFirst().orElseThrow();
        List<RequestOpened> before = line.events.all(RequestOpened.class);
        int seen = line.events.entries().size();
        Instant killed = Instant.now();
        line.kill(owner);
        KILLS.add(new Kill(owner.name(), killed));
        Instant done = switch (service) {
            case "interpreter-roster" -> firstDecisionOnARequestOpenedSince(seen);
            case "dispatch-service" -> survivorAnswersFor(survivor, before.getLast().requestId());
            case "notification-service" -> firstCallDialledSince(killed);
            default -> throw new IllegalArgumentException(service);
        };
        Duration took = Duration.between(killed, done);
        System.out.printf("chaos: %s killed, %s took over after %d ms%n", owner.name(), survivor.name(),
                took.toMillis());
        restarts.add(Thread.ofPlatform().name("restart " + owner.name()).start(() -> {
            try {
                line.restart(owner);
            } catch (Exception | AssertionError e) {
                FAILURES.add(owner.name() + " did not start again: " + e);
            }
        }));
        return took;
    }

    /** SIGKILLs broker 2 and measures until the line decides on a request opened after; starts it again. */
    private static Duration killBrokerAndMeasure() throws Exception {
        int seen = line.events.entries().size();
        Instant killed = Instant.now();
        line.brokers.kill(2);
        KILLS.add(new Kill("broker 2", killed));
        Duration took = Duration.between(killed, firstDecisionOnARequestOpenedSince(seen));
        System.out.printf("chaos: broker 2 killed, the line decided on a new request after %d ms%n", took.toMillis());
        line.brokers.restart(2);
        line.brokers.awaitReady(Duration.ofMinutes(2));
        return took;
    }

    /** Each request, from its opening to the roster's first event about it (an offer, a queue place, ...). */
    private static LatencyTimeline decisionTimeline(Instant start, Set<String> requestIds) {
        LatencyTimeline timeline = new LatencyTimeline(start, Duration.ofSeconds(10));
        Map<String, Instant> openedAt = new HashMap<>();
        line.events.all(RequestOpened.class, o -> requestIds.contains(o.requestId()))
                .forEach(o -> openedAt.putIfAbsent(o.requestId(), o.occurredAt()));
        Set<String> decided = new HashSet<>();
        for (EventLog.Entry e : line.events.entries()) {
            rosterWordOn(e).filter(id -> openedAt.containsKey(id) && decided.add(id))
                    .ifPresent(id -> timeline.add(openedAt.get(id), e.event().occurredAt()));
        }
        return timeline;
    }

    /** Each offer dialled, from the roster's offer to notification-service asking Twilio to ring the interpreter. */
    private static LatencyTimeline dialTimeline(Instant start, Set<String> requestIds) {
        LatencyTimeline timeline = new LatencyTimeline(start, Duration.ofSeconds(10));
        Map<String, Instant> dialled = OfferDials.firstByOffer(line.sim.apiLog());
        line.events.all(OfferMade.class, o -> requestIds.contains(o.requestId()) && dialled.containsKey(o.offerId()))
                .forEach(offer -> timeline.add(offer.occurredAt(), dialled.get(offer.offerId())));
        return timeline;
    }

    /** When the roster's first event about a request opened after the event log's {@code seen}th entry shows. */
    private static Instant firstDecisionOnARequestOpenedSince(int seen) {
        Awaitility.await("a decision about a request opened after the kill").atMost(TAKEOVER_PATIENCE)
                .pollInterval(Duration.ofMillis(20)).until(() -> {
                    List<EventLog.Entry> since = line.events.entries();
                    since = since.subList(Math.min(seen, since.size()), since.size());
                    Set<String> opened = since.stream().filter(e -> e.event() instanceof RequestOpened)
                            .map(e -> ((RequestOpened) e.event()).requestId()).collect(Collectors.toSet());
                    return since.stream().anyMatch(e -> rosterWordOn(e).filter(opened::contains).isPresent());
                });
        return Instant.now();
    }

    /** The request a roster event of the log is about (an offer, a queue place, ...): the roster's word on it. */
    private static Optional<String> rosterWordOn(EventLog.Entry e) {
        return e.event() instanceof RosterEvent && e.event() instanceof RequestEvent r ? Optional.of(r.requestId())
                : Optional.empty();
    }

    /** When the survivor itself (asked as a forwarded request) answers for a request opened before the kill. */
    private static Instant survivorAnswersFor(ServiceProcess survivor, String requestId) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest read = HttpRequest.newBuilder(URI.create(survivor.url() + "/api/requests/" + requestId))
                .header("Authorization", line.dispatchAdmin.authorization())
                .header("X-Line-Forwarded-By", "chaos-test").timeout(Duration.ofSeconds(5)).build();
        Awaitility.await("the survivor answers for request " + requestId).atMost(TAKEOVER_PATIENCE)
                .pollInterval(Duration.ofMillis(25)).until(() -> {
                    HttpResponse<String> r = http.send(read, HttpResponse.BodyHandlers.ofString());
                    return r.statusCode() == 200 && JsonSerde.MAPPER.readTree(r.body()).path("requestId").asString()
                            .equals(requestId);
                });
        return Instant.now();
    }

    /** When Twilio (the simulator) was first asked to place a call after the kill. */
    private static Instant firstCallDialledSince(Instant killed) {
        return Awaitility.await("a call placed after the kill").atMost(TAKEOVER_PATIENCE)
                .pollInterval(Duration.ofMillis(100)).until(() -> line.sim.apiLog().stream()
                        .filter(e -> OfferDials.placesACall(e) && e.at().isAfter(killed))
                        .map(ApiLogEntry::at).min(Instant::compareTo).orElse(null), Objects::nonNull);
    }

    /** Every instance ready, one serving the roster, the other's standby caught up (as FailoverIT waits). */
    private static void awaitWarmStandby(String service) {
        Awaitility.await(service + "'s standby caught up").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(200)).until(() -> line.instances(service).stream().allMatch(i ->
                        line.ready(i) && line.serving(i).map(s -> s.path("storeLag").asLong(-1) >= 0
                                && s.path("storeLag").asLong(-1) <= 5
                                && s.path("activeTasks").asInt() + s.path("standbyTasks").asInt() > 0).orElse(false))
                        && line.ownerNow(service) != null);
    }

    /** Requests ended (their conference ended) or cancelled. */
    private static Set<String> overAlready(BookingAudit audit, Set<String> requestIds) {
        Set<String> over = new LinkedHashSet<>();
        audit.of(ConferenceEnded.class).map(ConferenceEnded::requestId).filter(requestIds::contains).forEach(over::add);
        audit.of(RequestCancelled.class).map(RequestCancelled::requestId).filter(requestIds::contains)
                .forEach(over::add);
        return over;
    }

    /** officer phone → their request's id (one each). */
    private static Map<String, String> requestsOf(List<String> officers) {
        Set<String> phones = Set.copyOf(officers);
        Map<String, String> ids = new HashMap<>();
        line.events.all(RequestOpened.class, o -> phones.contains(o.requesterPhone()))
                .forEach(o -> ids.putIfAbsent(o.requesterPhone(), o.requestId()));
        return ids;
    }

    /** The first few, for a report that stays readable when everything went wrong. */
    private static String firstOf(java.util.Collection<?> all) {
        return all.stream().limit(8).map(String::valueOf).collect(Collectors.joining(", ", "[",
                all.size() > 8 ? ", and " + (all.size() - 8) + " more]" : "]"));
    }

    private static long median(List<Long> sorted) {
        return sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
    }

    /** The value once it satisfies the condition, or the last one seen at the timeout: the assertions explain. */
    private static <T> T settled(java.util.function.Supplier<T> read, java.util.function.Predicate<T> done,
            Duration atMost) {
        Instant giveUp = Instant.now().plus(atMost);
        T last = read.get();
        while (!done.test(last) && Instant.now().isBefore(giveUp)) {
            sleepUntil(Instant.now().plusSeconds(1));
            last = read.get();
        }
        return last;
    }

    /** Paces the requesters and the kills on the run's own clock. */
    private static void sleepUntil(Instant when) {
        long millis = Duration.between(Instant.now(), when).toMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

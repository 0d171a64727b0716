package org.interpreterline.roster.allocation;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.interpreterline.events.CallFlag;
import org.interpreterline.events.Channel;
import org.interpreterline.events.InterpreterStatus;
import org.interpreterline.events.Priority;
import org.interpreterline.events.RequestConference;
import org.interpreterline.events.Rosters;
import org.interpreterline.events.Topics;
import org.interpreterline.events.dispatch.DispatchEvent;
import org.interpreterline.events.dispatch.PresenceRequested;
import org.interpreterline.events.dispatch.RequestCancelled;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.dispatch.ToughCallReported;
import org.interpreterline.events.notification.ConferenceEnded;
import org.interpreterline.events.notification.NotificationEvent;
import org.interpreterline.events.notification.OfferAnswered;
import org.interpreterline.events.notification.OfferNotAnswered;
import org.interpreterline.events.roster.InterpreterSnapshot;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.events.roster.PutInterpreter;
import org.interpreterline.events.roster.RemoveInterpreter;
import org.interpreterline.events.roster.RosterCommand;
import org.interpreterline.events.roster.RosterEvent;
import org.interpreterline.events.roster.SetPresence;

/**
 * The allocator topology in a TopologyTestDriver, spoken to in the line's own words: interpreters join and
 * switch on, requests open, offers are answered, and the wall clock is moved by hand.
 */
final class RosterDriver implements AutoCloseable {

    static final Instant START = Instant.parse("2026-11-23T02:00:00Z");
    static final String ROSTER = Rosters.DEFAULT;

    private final TopologyTestDriver driver;
    private final TestInputTopic<String, DispatchEvent> dispatch;
    private final TestInputTopic<String, NotificationEvent> notifications;
    private final TestInputTopic<String, RosterCommand> commands;
    private final TestOutputTopic<String, RosterEvent> events;
    private final TestOutputTopic<String, InterpreterSnapshot> snapshots;
    private final List<RosterEvent> everyEvent = new ArrayList<>();
    private Instant now = START;
    /** The last input sent, to deliver it again as Kafka may after a crash. */
    private Runnable lastInput = () -> { };

    RosterDriver(AllocationPolicy policy, Path stateDir) {
        this(AllocatorTopology.build(policy), stateDir);
    }

    RosterDriver(org.apache.kafka.streams.Topology topology, Path stateDir) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "allocator-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(topology, props, START);
        dispatch = input(Topics.DISPATCH_EVENTS);
        notifications = input(Topics.NOTIFICATION_EVENTS);
        commands = input(Topics.ROSTER_COMMANDS);
        events = driver.createOutputTopic(Topics.ROSTER_EVENTS.name(), Topics.ROSTER_EVENTS.keySerde().deserializer(),
                Topics.ROSTER_EVENTS.valueSerde().deserializer());
        snapshots = driver.createOutputTopic(Topics.ROSTER_INTERPRETERS.name(),
                Topics.ROSTER_INTERPRETERS.keySerde().deserializer(),
                Topics.ROSTER_INTERPRETERS.valueSerde().deserializer());
    }

    private <V> TestInputTopic<String, V> input(org.interpreterline.events.Topic<String, V> topic) {
        return driver.createInputTopic(topic.name(), topic.keySerde().serializer(), topic.valueSerde().serializer());
    }

    // ---- interpreters ----

    void join(String id, String name, int tier, String... languages) {
        command(new PutInterpreter(UUID.randomUUID(), now, ROSTER, id, name, phoneOf(id), List.of(languages), tier));
    }

    /** Joins (or changes their profile) taking calls for the agencies' rosters named (the line serves several). */
    void join(String id, String name, int tier, List<String> rosters, String... languages) {
        command(new PutInterpreter(UUID.randomUUID(), now, ROSTER, id, name, phoneOf(id), List.of(languages), tier,
                rosters));
    }

    /** Joins the agencies' rosters named and texts ON. */
    void joinRosters(String id, String name, List<String> rosters, String... languages) {
        join(id, name, 1, rosters, languages);
        presence(id, PresenceRequested.Presence.ON);
    }

    /** Joins and texts ON. */
    void on(String id, String name, int tier, String... languages) {
        join(id, name, tier, languages);
        presence(id, PresenceRequested.Presence.ON);
    }

    void presence(String id, PresenceRequested.Presence presence) {
        send(new PresenceRequested(UUID.randomUUID(), now, ROSTER, id, presence));
    }

    void setPresence(String id, InterpreterStatus status) {
        command(new SetPresence(UUID.randomUUID(), now, ROSTER, id, status));
    }

    void remove(String id) {
        command(new RemoveInterpreter(UUID.randomUUID(), now, ROSTER, id));
    }

    void command(RosterCommand command) {
        lastInput = () -> commands.pipeInput(ROSTER, command);
        lastInput.run();
    }

    static String phoneOf(String interpreterId) {
        return "+1412555" + String.format("%04d", Math.abs(interpreterId.hashCode()) % 10_000);
    }

    // ---- requests ----

    RequestOpened open(String requestId, String language, Priority priority) {
        RequestOpened opened = opened(requestId, language, priority);
        send(opened);
        return opened;
    }

    /** The officer asks for their interpreter from last time (voice menu 9): offered to them first. */
    RequestOpened openAgain(String requestId, String language, Priority priority, String interpreterId) {
        RequestOpened o = opened(requestId, language, priority);
        RequestOpened again = new RequestOpened(o.eventId(), o.occurredAt(), o.rosterId(), o.requestId(), o.reference(),
                o.language(), o.channel(), o.priority(), o.agency(), o.requesterName(), o.requesterPhone(),
                o.requesterCallSid(), null, o.conferenceName(), interpreterId);
        send(again);
        return again;
    }

    /** An officer flags the call as possibly traumatic (DV, a child, a death). */
    RequestOpened openFlagged(String requestId, String language, Priority priority, CallFlag... flags) {
        RequestOpened o = opened(requestId, language, priority);
        RequestOpened flagged = new RequestOpened(o.eventId(), o.occurredAt(), o.rosterId(), o.requestId(),
                o.reference(), o.language(), o.channel(), o.priority(), o.agency(), o.requesterName(),
                o.requesterPhone(), o.requesterCallSid(), o.note(), o.conferenceName(), null, List.of(flags));
        send(flagged);
        return flagged;
    }

    /** A second interpreter for the call of {@code hostId} ({@code ALSO}): a request opened in that call's conference. */
    RequestOpened openRelay(String requestId, String language, String hostId) {
        return openRelay(requestId, language, hostId, ROSTER);
    }

    /** A relay of a call of the agency's roster {@code roster}: it is of the same roster. */
    RequestOpened openRelay(String requestId, String language, String hostId, String roster) {
        RequestOpened o = opened(requestId, language, Priority.EMERGENCY);
        RequestOpened relay = new RequestOpened(o.eventId(), o.occurredAt(), o.rosterId(), o.requestId(),
                o.reference(), o.language(), o.channel(), o.priority(), o.agency(), o.requesterName(),
                o.requesterPhone(), null, null, RequestConference.nameOf(hostId), null, List.of(), roster);
        send(relay);
        return relay;
    }

    /** A request to another agency's roster's number. */
    RequestOpened openFor(String roster, String requestId, String language) {
        return openFor(roster, requestId, language, Priority.URGENT);
    }

    RequestOpened openFor(String roster, String requestId, String language, Priority priority) {
        RequestOpened o = opened(requestId, language, priority);
        RequestOpened forRoster = new RequestOpened(o.eventId(), o.occurredAt(), o.rosterId(), o.requestId(),
                o.reference(), o.language(), o.channel(), o.priority(), o.agency(), o.requesterName(),
                o.requesterPhone(), o.requesterCallSid(), o.note(), o.conferenceName(), null, List.of(), roster);
        send(forRoster);
        return forRoster;
    }

    /** The interpreter texts TOUGH. */
    void tough(String interpreterId) {
        send(new ToughCallReported(UUID.randomUUID(), now, ROSTER, interpreterId));
    }

    RequestOpened opened(String requestId, String language, Priority priority) {
        return new RequestOpened(UUID.randomUUID(), now, ROSTER, requestId, requestId, language,
                Channel.VOICE, priority, "Pittsburgh Police", "Officer Diaz", "+14125550101", "CA" + requestId,
                "domestic call", RequestConference.nameOf(requestId));
    }

    void cancel(String requestId) {
        send(new RequestCancelled(UUID.randomUUID(), now, ROSTER, requestId,
                RequestCancelled.Reason.REQUESTER_HUNG_UP));
    }

    void send(DispatchEvent event) {
        lastInput = () -> dispatch.pipeInput(ROSTER, event);
        lastInput.run();
    }

    // ---- offers and calls ----

    void accept(OfferMade offer) {
        answer(offer, OfferAnswered.Answer.ACCEPTED);
    }

    void decline(OfferMade offer) {
        answer(offer, OfferAnswered.Answer.DECLINED);
    }

    void answer(OfferMade offer, OfferAnswered.Answer answer) {
        notify(new OfferAnswered(UUID.randomUUID(), now, ROSTER, offer.requestId(), offer.offerId(),
                offer.interpreterId(), answer, "CA-offer-" + offer.attempt()));
    }

    void notAnswered(OfferMade offer, OfferNotAnswered.Outcome outcome) {
        notify(new OfferNotAnswered(UUID.randomUUID(), now, ROSTER, offer.requestId(), offer.offerId(),
                offer.interpreterId(), outcome, "CA-offer-" + offer.attempt()));
    }

    void conferenceEnded(String requestId) {
        notify(new ConferenceEnded(UUID.randomUUID(), now, ROSTER, requestId, RequestConference.nameOf(requestId),
                "CF" + requestId));
    }

    void notify(NotificationEvent event) {
        lastInput = () -> notifications.pipeInput(ROSTER, event);
        lastInput.run();
    }

    /** Sends the last input again, same eventId: a redelivery. */
    void redeliver() {
        lastInput.run();
    }

    // ---- time ----

    void advance(Duration by) {
        now = now.plus(by);
        driver.advanceWallClockTime(by);
    }

    void advanceSeconds(long seconds) {
        advance(Duration.ofSeconds(seconds));
    }

    Instant now() {
        return now;
    }

    // ---- what came out ----

    /** roster.events published since the last call. */
    List<RosterEvent> events() {
        List<RosterEvent> fresh = events.readValuesToList();
        everyEvent.addAll(fresh);
        return fresh;
    }

    List<RosterEvent> everyEvent() {
        events();
        return everyEvent;
    }

    /** roster.interpreters records published since the last call (value null = removed). */
    List<KeyValue<String, InterpreterSnapshot>> snapshots() {
        return snapshots.readKeyValuesToList();
    }

    <K, V> KeyValueStore<K, V> store(String name) {
        return driver.getKeyValueStore(name);
    }

    @Override
    public void close() {
        driver.close();
    }
}

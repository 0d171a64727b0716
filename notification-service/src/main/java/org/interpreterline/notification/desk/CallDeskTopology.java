package org.interpreterline.notification.desk;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.interpreterline.events.JsonSerde;
import org.interpreterline.events.Topic;
import org.interpreterline.events.Topics;
import org.interpreterline.notification.NotificationProperties;
import org.interpreterline.notification.calls.CallLedger;
import org.interpreterline.notification.calls.CallRequest;
import org.interpreterline.notification.calls.PhoneWork;
import org.interpreterline.notification.calls.RingingOffer;
import org.interpreterline.notification.residents.ResidentCalls;
import org.interpreterline.notification.residents.ResidentDialling;
import org.interpreterline.notification.residents.ResidentLeg;
import org.interpreterline.notification.residents.ResidentOutcomeCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The call desk as a Kafka Streams topology: roster.events, dispatch.events and notification.calls (all keyed by
 * rosterId, with the same partition count, so one task sees everything about one roster, in order per topic) into
 * one {@link CallDesk}, the only writer of notification.events. Run it with {@code exactly_once_v2}: a store
 * update, the events it causes and the input offsets commit together. Its stores are listed in {@link CallLedger}.
 */
public final class CallDeskTopology {

    private static final Logger log = LoggerFactory.getLogger(CallDeskTopology.class);

    static final String ROSTER_SOURCE = "roster-events";
    static final String DISPATCH_SOURCE = "dispatch-events";
    static final String CALLS_SOURCE = "notification-calls";
    static final String DESK = "call-desk";
    static final String EVENTS_SINK = "notification-events";

    private CallDeskTopology() {
    }

    /**
     * @param residents how added residents are called (their numbers are unsealed off the desk's thread)
     * @param registry  where the outcomes of those calls are counted
     */
    public static Topology build(NotificationProperties props, PhoneWork phones, ResidentDialling residents,
            MeterRegistry registry) {
        return build(props, phones, Stores::persistentKeyValueStore, Duration.ofMinutes(1), residents, registry);
    }

    /** A desk that cannot call residents: an add is only logged (tests of everything else). */
    public static Topology build(NotificationProperties props, PhoneWork phones) {
        return build(props, phones, Stores::persistentKeyValueStore, Duration.ofMinutes(1));
    }

    /** @param pruneEvery how often finished calls are forgotten (tests prune at will) */
    static Topology build(NotificationProperties props, PhoneWork phones,
            Function<String, KeyValueBytesStoreSupplier> stores, Duration pruneEvery) {
        return build(props, phones, stores, pruneEvery, add -> log.warn("Add {} of request {}: this desk cannot call "
                + "residents", add.eventId(), add.requestId()), new SimpleMeterRegistry());
    }

    static Topology build(NotificationProperties props, PhoneWork phones,
            Function<String, KeyValueBytesStoreSupplier> stores, Duration pruneEvery, ResidentDialling residents,
            MeterRegistry registry) {
        ResidentOutcomeCounts residentCounts = new ResidentOutcomeCounts(registry);
        Topology topology = new Topology();
        source(topology, ROSTER_SOURCE, Topics.ROSTER_EVENTS);
        source(topology, DISPATCH_SOURCE, Topics.DISPATCH_EVENTS);
        source(topology, CALLS_SOURCE, Topics.NOTIFICATION_CALLS);
        topology.addProcessor(DESK, () -> new CallDesk(props, phones, pruneEvery, residents, residentCounts),
                ROSTER_SOURCE, DISPATCH_SOURCE, CALLS_SOURCE);
        topology.addStateStore(store(stores, ResidentCalls.STORE, new JsonSerde<>(ResidentLeg.class)), DESK);
        topology.addStateStore(store(stores, CallLedger.OFFERS, new JsonSerde<>(RingingOffer.class)), DESK);
        topology.addStateStore(store(stores, CallLedger.REQUESTS, new JsonSerde<>(CallRequest.class)), DESK);
        topology.addStateStore(store(stores, CallLedger.LEGS, Serdes.String()), DESK);
        topology.addStateStore(store(stores, CallLedger.INTERPRETER_CALLS, Serdes.String()), DESK);
        topology.addStateStore(store(stores, CallLedger.HANDLED, Serdes.Long()), DESK);
        topology.addStateStore(store(stores, CallLedger.TIMERS, Serdes.Long()), DESK);
        topology.addSink(EVENTS_SINK, Topics.NOTIFICATION_EVENTS.name(),
                Topics.NOTIFICATION_EVENTS.keySerde().serializer(), Topics.NOTIFICATION_EVENTS.valueSerde().serializer(),
                DESK);
        return topology;
    }

    private static void source(Topology topology, String name, Topic<String, ?> topic) {
        topology.addSource(name, topic.keySerde().deserializer(), topic.valueSerde().deserializer(), topic.name());
    }

    /**
     * Changelogged (a moved task or a new instance restores it; standby replicas keep a warm copy) and, in
     * production, persistent. No caching: a webhook reading right after the desk wrote sees what was written.
     */
    private static <V> StoreBuilder<KeyValueStore<String, V>> store(
            Function<String, KeyValueBytesStoreSupplier> stores, String name, Serde<V> values) {
        return Stores.keyValueStoreBuilder(stores.apply(name), Serdes.String(), values).withCachingDisabled();
    }
}

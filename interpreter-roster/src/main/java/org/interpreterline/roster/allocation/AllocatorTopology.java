package org.interpreterline.roster.allocation;

import java.util.Objects;
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

/**
 * The allocator as a Kafka Streams topology: dispatch.events, notification.events and roster.commands (all keyed
 * by rosterId) into one {@link Allocator}, which writes roster.events (key rosterId) and roster.interpreters
 * (key interpreterId, null = removed). Run it with {@code processing.guarantee=exactly_once_v2}.
 *
 * <p>Its persistent, changelogged stores can be read with interactive queries (all keyed by String):
 * <ul>
 *   <li>{@link #INTERPRETERS_STORE}: interpreterId → {@link Interpreter} (status, languages, …;
 *       {@link Interpreter#snapshot()} gives the public view)</li>
 *   <li>{@link #REQUESTS_STORE}: requestId → {@link Request}; {@link WaitingLine#waiting} lists those waiting for
 *       one language in serving order</li>
 *   <li>{@link #OFFERS_STORE}: offerId → {@link Offer}, live offers only</li>
 *   <li>{@link #EXPOSURE_STORE}: interpreterId → {@link Exposure} (recent tough and night calls)</li>
 *   <li>{@link #PROCESSED_EVENTS_STORE}: eventId → epoch millis when applied (de-duplication, kept 24 h)</li>
 * </ul>
 */
public final class AllocatorTopology {

    public static final String INTERPRETERS_STORE = "allocator-interpreters";
    public static final String REQUESTS_STORE = "allocator-requests";
    public static final String OFFERS_STORE = "allocator-offers";
    public static final String PROCESSED_EVENTS_STORE = "allocator-processed-events";
    public static final String EXPOSURE_STORE = "allocator-exposure";

    public static final String DISPATCH_SOURCE = "dispatch-events";
    static final String NOTIFICATION_SOURCE = "notification-events";
    public static final String COMMANDS_SOURCE = "roster-commands";
    static final String ALLOCATOR = "allocator";
    static final String EVENTS_SINK = "roster-events";
    static final String INTERPRETERS_SINK = "roster-interpreters";

    private AllocatorTopology() {
    }

    public static Topology build(AllocationPolicy policy) {
        return build(policy, OfferTally.unmetered());
    }

    /** @param tally counts offers by how they end ({@code roster_offers_total}) */
    public static Topology build(AllocationPolicy policy, OfferTally tally) {
        return build(policy, tally, Stores::persistentKeyValueStore);
    }

    /** With other stores than RocksDB: tests that replay thousands of steps use in-memory ones for speed. */
    static Topology build(AllocationPolicy policy, Function<String, KeyValueBytesStoreSupplier> stores) {
        return build(policy, OfferTally.unmetered(), stores);
    }

    static Topology build(AllocationPolicy policy, OfferTally tally,
            Function<String, KeyValueBytesStoreSupplier> stores) {
        Objects.requireNonNull(policy, "policy");
        Topology topology = new Topology();
        source(topology, DISPATCH_SOURCE, Topics.DISPATCH_EVENTS);
        source(topology, NOTIFICATION_SOURCE, Topics.NOTIFICATION_EVENTS);
        source(topology, COMMANDS_SOURCE, Topics.ROSTER_COMMANDS);
        topology.addProcessor(ALLOCATOR, () -> new Allocator(policy, tally), DISPATCH_SOURCE, NOTIFICATION_SOURCE,
                COMMANDS_SOURCE);
        topology.addStateStore(store(stores, INTERPRETERS_STORE, new JsonSerde<>(Interpreter.class)), ALLOCATOR);
        topology.addStateStore(store(stores, REQUESTS_STORE, new JsonSerde<>(Request.class)), ALLOCATOR);
        topology.addStateStore(store(stores, OFFERS_STORE, new JsonSerde<>(Offer.class)), ALLOCATOR);
        topology.addStateStore(store(stores, PROCESSED_EVENTS_STORE, Serdes.Long()), ALLOCATOR);
        topology.addStateStore(store(stores, EXPOSURE_STORE, new JsonSerde<>(Exposure.class)), ALLOCATOR);
        topology.addSink(EVENTS_SINK, Topics.ROSTER_EVENTS.name(), Topics.ROSTER_EVENTS.keySerde().serializer(),
                Topics.ROSTER_EVENTS.valueSerde().serializer(), ALLOCATOR);
        topology.addSink(INTERPRETERS_SINK, Topics.ROSTER_INTERPRETERS.name(),
                Topics.ROSTER_INTERPRETERS.keySerde().serializer(),
                Topics.ROSTER_INTERPRETERS.valueSerde().serializer(), ALLOCATOR);
        return topology;
    }

    private static void source(Topology topology, String name, Topic<String, ?> topic) {
        topology.addSource(name, topic.keySerde().deserializer(), topic.valueSerde().deserializer(), topic.name());
    }

    /** Changelogged (the default) and, in production, persistent: a restart or a moved task loses nothing. */
    private static <V> StoreBuilder<KeyValueStore<String, V>> store(
            Function<String, KeyValueBytesStoreSupplier> stores, String name, Serde<V> values) {
        return Stores.keyValueStoreBuilder(stores.apply(name), Serdes.String(), values);
    }
}

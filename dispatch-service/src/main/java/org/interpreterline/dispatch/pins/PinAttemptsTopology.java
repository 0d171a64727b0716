package org.interpreterline.dispatch.pins;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;
import org.interpreterline.dispatch.DispatchProperties.PinLockout;
import org.interpreterline.events.JsonSerde;
import org.interpreterline.events.Topics;

/**
 * Counts wrong agency PINs per calling number: {@code dispatch.pin-attempts} into the {@code pin-attempts} store
 * (caller key → {@link PinAttempts}), persistent and changelogged, so a restart forgets no guess.
 */
public final class PinAttemptsTopology {

    /** caller key (see {@link CallerKeys}) → {@link PinAttempts} */
    public static final String STORE = "pin-attempts";

    private static final String SOURCE = "pin-attempts-source";
    private static final String PROCESSOR = "pin-attempts";

    private PinAttemptsTopology() {
    }

    public static void addTo(Topology topology, PinLockout limits) {
        topology.addSource(SOURCE, Topics.DISPATCH_PIN_ATTEMPTS.keySerde().deserializer(),
                Topics.DISPATCH_PIN_ATTEMPTS.valueSerde().deserializer(), Topics.DISPATCH_PIN_ATTEMPTS.name());
        topology.addProcessor(PROCESSOR, () -> new PinAttemptsProcessor(limits), SOURCE);
        // caching off: the next call from the number must see this rejection as soon as it is committed
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(),
                new JsonSerde<>(PinAttempts.class)).withCachingDisabled(), PROCESSOR);
    }
}

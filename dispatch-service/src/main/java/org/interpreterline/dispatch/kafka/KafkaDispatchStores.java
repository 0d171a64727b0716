package org.interpreterline.dispatch.kafka;

import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.interpreterline.dispatch.stores.DispatchStores;
import org.interpreterline.dispatch.stores.StoreUnavailable;
import org.interpreterline.platform.streams.LineStreams;
import org.interpreterline.platform.streams.SteadyStoreView;
import org.springframework.stereotype.Component;

/** The stores of the request record's Streams instance, by Kafka Streams' interactive queries. */
@Component
class KafkaDispatchStores implements DispatchStores {

    private final LineStreams streams;

    KafkaDispatchStores(LineStreams requestRecord) {
        this.streams = requestRecord;
    }

    /**
     * The store's reads ride through a rebalance (see {@link SteadyStoreView}); a read throws {@link StoreUnavailable}
     * while Streams start or stop, or stay rebalancing for longer than a webhook can wait.
     */
    @Override
    public <V> ReadOnlyKeyValueStore<String, V> store(String name) {
        return new SteadyStoreView<>(() -> streams.store(name, QueryableStoreTypes.<String, V>keyValueStore()),
                e -> new StoreUnavailable(name, e));
    }
}

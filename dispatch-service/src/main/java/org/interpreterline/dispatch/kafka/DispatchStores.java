package org.interpreterline.dispatch.kafka;

import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.interpreterline.platform.streams.LineStreams;
import org.interpreterline.platform.streams.SteadyStoreView;
import org.springframework.stereotype.Component;

/** Read access to the request record's stores and the global tables, on this instance. */
@Component
public class DispatchStores {

    private final LineStreams streams;

    public DispatchStores(LineStreams requestRecord) {
        this.streams = requestRecord;
    }

    /**
     * The store's reads ride through a rebalance (see {@link SteadyStoreView}); a read throws {@link StoreUnavailable}
     * while Streams start or stop, or stay rebalancing for longer than a webhook can wait.
     */
    public <V> ReadOnlyKeyValueStore<String, V> store(String name) {
        return new SteadyStoreView<>(() -> streams.store(name, QueryableStoreTypes.<String, V>keyValueStore()),
                e -> new StoreUnavailable(name, e));
    }
}

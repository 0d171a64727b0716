package org.interpreterline.dispatch.kafka;

import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.interpreterline.platform.streams.LineStreams;
import org.springframework.stereotype.Component;

/** Read access to the request record's stores and the global tables, on this instance. */
@Component
public class DispatchStores {

    private final LineStreams streams;

    public DispatchStores(LineStreams requestRecord) {
        this.streams = requestRecord;
    }

    /** @throws StoreUnavailable while Streams start, rebalance or stop */
    public <V> ReadOnlyKeyValueStore<String, V> store(String name) {
        try {
            return streams.store(name, QueryableStoreTypes.<String, V>keyValueStore());
        } catch (InvalidStateStoreException | IllegalStateException e) {
            throw new StoreUnavailable(name, e);
        }
    }
}

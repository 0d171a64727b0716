package org.interpreterline.dispatch.stores;

import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Read access to the request record's stores and the global tables, on this instance: the only way a feature reads
 * the state dispatch keeps. The features see Kafka Streams' read-only store (its iterators close what they opened);
 * where the stores come from (interactive queries of the running topology, or a test's) is the kafka adapter's.
 */
public interface DispatchStores {

    /** @throws StoreUnavailable on a read, while the stores cannot be read (starting, rebalancing, stopped) */
    <V> ReadOnlyKeyValueStore<String, V> store(String name);
}

package org.interpreterline.platform.streams;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.interpreterline.events.Topic;

/**
 * Keeps a global store equal to its compacted topic: the latest value per key, a null value removes the key. The
 * processor of {@code Topology.addGlobalStore} for a table every instance looks things up in.
 */
public final class TableMirror<V> implements Processor<String, V, Void, Void> {

    private final String storeName;
    private KeyValueStore<String, V> store;

    public TableMirror(String storeName) {
        this.storeName = storeName;
    }

    /**
     * Adds the global store {@code store}, kept equal to the compacted {@code topic} on every instance (the topic is
     * its changelog, so the store logs nothing itself; no cache, so a look-up sees the latest write).
     */
    public static <V> void addTo(Topology topology, String store, Topic<String, V> topic) {
        topology.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(store), Serdes.String(), topic.valueSerde())
                        .withLoggingDisabled().withCachingDisabled(),
                store + "-source", topic.keySerde().deserializer(), topic.valueSerde().deserializer(), topic.name(),
                store + "-mirror", () -> new TableMirror<V>(store));
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, V> record) {
        if (record.key() == null) {
            return;
        }
        if (record.value() == null) {
            store.delete(record.key());
        } else {
            store.put(record.key(), record.value());
        }
    }
}

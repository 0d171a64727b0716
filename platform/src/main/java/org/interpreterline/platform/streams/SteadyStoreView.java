package org.interpreterline.platform.streams;

import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * A store's reads that ride through a rebalance. Streams hands out a view of its local stores; a rebalance that
 * starts after the view was taken closes the stores under it, and the next read fails although the instance will
 * serve again a moment later (the chaos run lost an officer's CANCEL text and a keypress this way, while a
 * restarted instance rejoined). A read that meets a closed store asks Streams for the store once more, which waits
 * for Streams to run again, and reads again; only then is the store unavailable, as the caller's own exception.
 */
public final class SteadyStoreView<K, V> implements ReadOnlyKeyValueStore<K, V> {

    private final Supplier<ReadOnlyKeyValueStore<K, V>> store;
    private final Function<RuntimeException, RuntimeException> unavailable;

    /**
     * @param store asks Streams for the store (may wait for Streams to run, may throw)
     * @param unavailable what the caller throws when the store cannot be read even after asking again
     */
    public SteadyStoreView(Supplier<ReadOnlyKeyValueStore<K, V>> store,
            Function<RuntimeException, RuntimeException> unavailable) {
        this.store = store;
        this.unavailable = unavailable;
    }

    @Override
    public V get(K key) {
        return read(s -> s.get(key));
    }

    @Override
    public KeyValueIterator<K, V> range(K from, K to) {
        return read(s -> s.range(from, to));
    }

    @Override
    public KeyValueIterator<K, V> reverseRange(K from, K to) {
        return read(s -> s.reverseRange(from, to));
    }

    @Override
    public KeyValueIterator<K, V> all() {
        return read(ReadOnlyKeyValueStore::all);
    }

    @Override
    public KeyValueIterator<K, V> reverseAll() {
        return read(ReadOnlyKeyValueStore::reverseAll);
    }

    @Override
    public <PS extends Serializer<P>, P> KeyValueIterator<K, V> prefixScan(P prefix, PS prefixKeySerializer) {
        return read(s -> s.prefixScan(prefix, prefixKeySerializer));
    }

    @Override
    public long approximateNumEntries() {
        return read(ReadOnlyKeyValueStore::approximateNumEntries);
    }

    private <T> T read(Function<ReadOnlyKeyValueStore<K, V>, T> read) {
        ReadOnlyKeyValueStore<K, V> view;
        try {
            view = store.get();
        } catch (InvalidStateStoreException | IllegalStateException notRunning) {
            // Streams did not run again within the wait the store itself allows: asking again would wait as long
            throw unavailable.apply(notRunning);
        }
        try {
            return read.apply(view);
        } catch (InvalidStateStoreException | IllegalStateException closed) {
            try {
                return read.apply(store.get());
            } catch (InvalidStateStoreException | IllegalStateException again) {
                throw unavailable.apply(again);
            }
        }
    }
}

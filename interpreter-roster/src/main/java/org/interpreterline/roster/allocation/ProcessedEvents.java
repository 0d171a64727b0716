package org.interpreterline.roster.allocation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Event ids already applied (key eventId, value epoch millis when applied), so a redelivered or replayed event
 * books nothing twice. A day is far longer than any redelivery, and keeps the store small.
 */
final class ProcessedEvents {

    static final Duration RETENTION = Duration.ofHours(24);

    private final KeyValueStore<String, Long> store;

    ProcessedEvents(KeyValueStore<String, Long> store) {
        this.store = store;
    }

    boolean seen(UUID eventId) {
        return store.get(eventId.toString()) != null;
    }

    void remember(UUID eventId, Instant now) {
        store.put(eventId.toString(), now.toEpochMilli());
    }

    int purge(Instant now) {
        long before = now.minus(RETENTION).toEpochMilli();
        List<String> old = new ArrayList<>();
        try (KeyValueIterator<String, Long> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, Long> kv = it.next();
                if (kv.value == null || kv.value < before) {
                    old.add(kv.key);
                }
            }
        }
        old.forEach(store::delete);
        return old.size();
    }
}

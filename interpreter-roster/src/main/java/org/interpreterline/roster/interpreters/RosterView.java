package org.interpreterline.roster.interpreters;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.interpreterline.platform.streams.LineStreams;
import org.interpreterline.roster.allocation.AllocatorTopology;
import org.interpreterline.roster.allocation.Interpreter;
import org.interpreterline.roster.allocation.RosterSettings;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Reads the allocator's own stores (interactive queries): the roster as the allocator sees it right now. */
@Component
public class RosterView {

    private final LineStreams allocator;
    private final String rosterId;

    public RosterView(@Qualifier("allocator") LineStreams allocator, RosterSettings settings) {
        this.allocator = allocator;
        this.rosterId = settings.rosterId();
    }

    public List<Interpreter> interpreters() {
        List<Interpreter> all = new ArrayList<>();
        try (KeyValueIterator<String, Interpreter> it = interpreterStore().all()) {
            it.forEachRemaining(kv -> {
                if (rosterId.equals(kv.value.rosterId())) {
                    all.add(kv.value);
                }
            });
        } catch (InvalidStateStoreException e) {
            throw notReady();
        }
        all.sort(Comparator.comparing(Interpreter::name, Comparator.nullsLast(String::compareToIgnoreCase))
                .thenComparing(Interpreter::interpreterId));
        return all;
    }

    public Optional<Interpreter> interpreter(String id) {
        try {
            return Optional.ofNullable(interpreterStore().get(id)).filter(i -> rosterId.equals(i.rosterId()));
        } catch (InvalidStateStoreException e) {
            throw notReady();
        }
    }

    /** Recent tough and night calls of this roster's interpreters (those with none have no record). */
    public java.util.Map<String, org.interpreterline.roster.allocation.Exposure> exposures() {
        java.util.Map<String, org.interpreterline.roster.allocation.Exposure> all = new java.util.TreeMap<>();
        try {
            ReadOnlyKeyValueStore<String, org.interpreterline.roster.allocation.Exposure> store = allocator.store(
                    AllocatorTopology.EXPOSURE_STORE, QueryableStoreTypes.keyValueStore());
            try (KeyValueIterator<String, org.interpreterline.roster.allocation.Exposure> it = store.all()) {
                it.forEachRemaining(kv -> {
                    if (kv.value != null) {
                        all.put(kv.key, kv.value);
                    }
                });
            }
        } catch (InvalidStateStoreException | IllegalStateException e) {
            throw notReady();
        }
        return all;
    }

    /** True once the allocator has applied the command or event with this id. */
    public boolean applied(String eventId) {
        try {
            ReadOnlyKeyValueStore<String, Long> processed = allocator.store(AllocatorTopology.PROCESSED_EVENTS_STORE,
                    QueryableStoreTypes.keyValueStore());
            return processed.get(eventId) != null;
        } catch (InvalidStateStoreException | IllegalStateException e) {
            return false; // rebalancing or restoring: not yet
        }
    }

    private ReadOnlyKeyValueStore<String, Interpreter> interpreterStore() {
        try {
            return allocator.store(AllocatorTopology.INTERPRETERS_STORE, QueryableStoreTypes.keyValueStore());
        } catch (InvalidStateStoreException | IllegalStateException e) {
            throw notReady();
        }
    }

    private static ResponseStatusException notReady() {
        return new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                "the roster is starting or rebalancing; try again in a few seconds");
    }
}

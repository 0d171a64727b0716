package org.interpreterline.roster.allocation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** Typed access to the allocator's booking stores and its exposure store; the only code that touches them directly. */
final class RosterStores {

    private final KeyValueStore<String, Interpreter> interpreters;
    private final KeyValueStore<String, Request> requests;
    private final KeyValueStore<String, Offer> offers;
    private final KeyValueStore<String, Exposure> exposures;

    RosterStores(KeyValueStore<String, Interpreter> interpreters, KeyValueStore<String, Request> requests,
            KeyValueStore<String, Offer> offers, KeyValueStore<String, Exposure> exposures) {
        this.interpreters = interpreters;
        this.requests = requests;
        this.offers = offers;
        this.exposures = exposures;
    }

    /** Their recent tough and night calls; an interpreter with none has an empty record. */
    Exposure exposure(String interpreterId) {
        Exposure e = exposures.get(interpreterId);
        return e == null ? Exposure.none(interpreterId) : e;
    }

    void put(Exposure exposure) {
        exposures.put(exposure.interpreterId(), exposure);
    }

    ReadOnlyKeyValueStore<String, Interpreter> interpreterStore() {
        return interpreters;
    }

    ReadOnlyKeyValueStore<String, Request> requestStore() {
        return requests;
    }

    Interpreter interpreter(String interpreterId) {
        return interpreterId == null ? null : interpreters.get(interpreterId);
    }

    void put(Interpreter interpreter) {
        interpreters.put(interpreter.interpreterId(), interpreter);
    }

    void forget(Interpreter interpreter) {
        interpreters.delete(interpreter.interpreterId());
        exposures.delete(interpreter.interpreterId());
    }

    Request request(String requestId) {
        return requestId == null ? null : requests.get(requestId);
    }

    void put(Request request) {
        requests.put(request.requestId(), request);
    }

    Offer offer(String offerId) {
        return offerId == null ? null : offers.get(offerId);
    }

    void put(Offer offer) {
        offers.put(offer.offerId(), offer);
    }

    void forget(Offer offer) {
        offers.delete(offer.offerId());
    }

    List<Interpreter> allInterpreters() {
        return values(interpreters);
    }

    List<Request> allRequests() {
        return values(requests);
    }

    List<Offer> allOffers() {
        return values(offers);
    }

    /** Closed requests are kept a while only to recognise a retried RequestOpened. */
    int purgeClosedRequests(Instant closedBefore) {
        List<String> old = new ArrayList<>();
        for (Request r : allRequests()) {
            if (r.closedAt() != null && r.closedAt().isBefore(closedBefore)) {
                old.add(r.requestId());
            }
        }
        old.forEach(requests::delete);
        return old.size();
    }

    /** Copies everything out first: the callers change the store while they go through the list. */
    static <V> List<V> values(ReadOnlyKeyValueStore<String, V> store) {
        List<V> all = new ArrayList<>();
        try (KeyValueIterator<String, V> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, V> kv = it.next();
                if (kv.value != null) {
                    all.add(kv.value);
                }
            }
        }
        return all;
    }
}

package org.interpreterline.dispatch.requests;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.interpreterline.dispatch.stores.DispatchStores;
import org.interpreterline.events.dispatch.CancelTexted;
import org.springframework.stereotype.Component;

/**
 * Reads the request record kept by the Streams topology. Reads are local: this instance hosts every
 * request of its roster (one roster = one partition key).
 */
@Component
public class RequestRecords {

    private final DispatchStores streams;

    public RequestRecords(DispatchStores streams) {
        this.streams = streams;
    }

    public Optional<RequestRecord> byId(String requestId) {
        return requestId == null ? Optional.empty()
                : Optional.ofNullable(streams.<RequestRecord>store(RequestRecordTopology.REQUESTS).get(requestId));
    }

    /** Every request that held the short reference read to requesters (any case), oldest first. */
    public List<RequestRecord> byReference(String reference) {
        return holderIds(reference).stream().map(this::byId).flatMap(Optional::stream)
                .filter(RequestRecord::opened).toList();
    }

    /** Who holds {@code reference}, for choosing a new request's reference. */
    List<FreeReferences.Holder> holdersOf(String reference) {
        return holderIds(reference).stream().map(id -> new FreeReferences.Holder(id,
                byId(id).map(r -> !r.status().finished()).orElse(false))).toList();
    }

    private List<String> holderIds(String reference) {
        String code = reference == null ? "" : reference.strip().toUpperCase(Locale.ROOT);
        return code.isEmpty() ? List.of()
                : ReferenceHolders.parse(streams.<String>store(RequestRecordTopology.BY_REFERENCE).get(code));
    }

    /**
     * Whether the record has read this CANCEL text and found no request of its sender opened before it: everything
     * published before the CANCEL has been read ({@link EarlyCancels} keeps it waiting for a late opening).
     */
    public boolean cancelWaiting(String phone, String messageSid) {
        CancelTexted waiting = streams.<CancelTexted>store(RequestRecordTopology.CANCELS_WAITING).get(phone);
        return waiting != null && waiting.messageSid().equals(messageSid);
    }

    /** The request this phone made that is still in progress (not cancelled, escalated or ended). */
    public Optional<RequestRecord> openFor(String phone) {
        return Optional.ofNullable(streams.<String>store(RequestRecordTopology.OPEN_BY_PHONE).get(phone))
                .flatMap(this::byId).filter(r -> !r.status().finished());
    }

    /**
     * The request of this phone an interpreter joined (the one an officer asks for again, {@code AGAIN}): the one with
     * {@code reference}, or without one the latest. Another officer's request, or one never connected, is not found.
     */
    public Optional<RequestRecord> lastConnected(String phone, String reference) {
        if (phone == null) {
            return Optional.empty();
        }
        Predicate<RequestRecord> theirsAndConnected = r -> phone.equals(r.requesterPhone()) && r.connectedAt() != null
                && r.interpreterId() != null;
        if (reference != null && !reference.isBlank()) {
            return byReference(reference).stream().filter(theirsAndConnected).min(RequestRecord.NEWEST_FIRST);
        }
        return matching(theirsAndConnected).stream().findFirst();
    }

    public Optional<RequestRecord> byCallSid(String callSid) {
        return Optional.ofNullable(streams.<String>store(RequestRecordTopology.BY_CALL).get(callSid))
                .flatMap(this::byId);
    }

    /** One page of the requests matching a filter, newest first, and how many match in all. */
    public record Page(List<RequestRecord> requests, int total) {
    }

    /**
     * The requests matching {@code filter}, newest first, from {@code offset}, at most {@code limit}. Only the ids of
     * the matches are held while they are sorted, never every record: the history may be larger than the heap.
     */
    public Page page(Predicate<RequestRecord> filter, int offset, int limit) {
        List<Match> matches = matchingIds(filter);
        List<RequestRecord> page = new ArrayList<>();
        for (Match m : matches.subList(Math.min(offset, matches.size()), Math.min(offset + limit, matches.size()))) {
            byId(m.requestId()).ifPresent(page::add);
        }
        return new Page(page, matches.size());
    }

    /** Every request matching {@code filter}, newest first, handed over one at a time (for exports). */
    public void forEachMatching(Predicate<RequestRecord> filter, java.util.function.Consumer<RequestRecord> each) {
        for (Match m : matchingIds(filter)) {
            byId(m.requestId()).filter(filter).ifPresent(each);
        }
    }

    private record Match(String requestId, java.time.Instant openedAt) {
    }

    private List<Match> matchingIds(Predicate<RequestRecord> filter) {
        List<Match> found = new ArrayList<>();
        ReadOnlyKeyValueStore<String, RequestRecord> store = streams.store(RequestRecordTopology.REQUESTS);
        try (KeyValueIterator<String, RequestRecord> all = store.all()) {
            all.forEachRemaining(kv -> {
                if (kv.value != null && kv.value.opened() && filter.test(kv.value)) {
                    found.add(new Match(kv.key, kv.value.openedAt()));
                }
            });
        }
        found.sort(java.util.Comparator.comparing(Match::openedAt,
                java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())));
        return found;
    }

    /** Every request matching {@code filter}, newest first. */
    public List<RequestRecord> matching(Predicate<RequestRecord> filter) {
        List<RequestRecord> found = new ArrayList<>();
        ReadOnlyKeyValueStore<String, RequestRecord> store = streams.store(RequestRecordTopology.REQUESTS);
        try (KeyValueIterator<String, RequestRecord> all = store.all()) {
            all.forEachRemaining(kv -> {
                if (kv.value != null && kv.value.opened() && filter.test(kv.value)) {
                    found.add(kv.value);
                }
            });
        }
        found.sort(RequestRecord.NEWEST_FIRST);
        return found;
    }
}

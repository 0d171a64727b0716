package org.interpreterline.notification.calls;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The call desk's stores, written only by its processor (one thread per roster partition, so a read followed by
 * a write is one step nobody can come between). Every entry carries when it last changed; {@link #prune} drops
 * what has not changed within the horizon.
 */
public final class CallLedger {

    /** offerId → {@link RingingOffer} */
    public static final String OFFERS = "calldesk-offers";
    /** requestId → {@link CallRequest} */
    public static final String REQUESTS = "calldesk-requests";
    /** CallSid of an interpreter leg → offerId */
    public static final String LEGS = "calldesk-legs";
    /** interpreterId → offerId of the line's latest call to them */
    public static final String INTERPRETER_CALLS = "calldesk-interpreter-calls";
    /** what was already handled (event ids, Twilio's callbacks by CallSid and status) → epoch millis */
    public static final String HANDLED = "calldesk-handled";
    /**
     * The key in {@link #HANDLED} that marks a roster's calls as kept in this store: only the instance running the
     * roster's task can read it, so a reader that does not find it knows the calls are elsewhere (or on their way).
     */
    public static String hostedMark(String rosterId) {
        return "roster|" + rosterId;
    }

    /** what must be looked at again at a time ("dial:offerId", "text:requestId") → epoch millis due */
    public static final String TIMERS = "calldesk-timers";

    public static final List<String> ALL = List.of(OFFERS, REQUESTS, LEGS, INTERPRETER_CALLS, HANDLED, TIMERS);

    private final KeyValueStore<String, RingingOffer> offers;
    private final KeyValueStore<String, CallRequest> requests;
    private final KeyValueStore<String, String> legs;
    private final KeyValueStore<String, String> interpreterCalls;
    private final KeyValueStore<String, Long> handled;
    private final KeyValueStore<String, Long> timers;
    private final Reports reports;

    public CallLedger(KeyValueStore<String, RingingOffer> offers, KeyValueStore<String, CallRequest> requests,
            KeyValueStore<String, String> legs, KeyValueStore<String, String> interpreterCalls,
            KeyValueStore<String, Long> handled, KeyValueStore<String, Long> timers, Reports reports) {
        this.offers = offers;
        this.requests = requests;
        this.legs = legs;
        this.interpreterCalls = interpreterCalls;
        this.handled = handled;
        this.timers = timers;
        this.reports = reports;
    }

    public RingingOffer offer(String offerId) {
        return offerId == null ? null : offers.get(offerId);
    }

    /** Saves the offer, and indexes its leg. */
    public RingingOffer put(RingingOffer offer) {
        RingingOffer saved = offer.touched(reports.now());
        offers.put(offer.offerId(), saved);
        if (offer.callSid() != null) {
            legs.put(offer.callSid(), offer.offerId());
        }
        return saved;
    }

    public CallRequest request(String requestId) {
        return requestId == null ? null : requests.get(requestId);
    }

    public CallRequest put(CallRequest request) {
        CallRequest saved = request.touched(reports.now());
        requests.put(request.requestId(), saved);
        return saved;
    }

    /** Merges what an event told about a request into what was known; returns the request as it is now. */
    public CallRequest learn(CallRequest learned) {
        CallRequest known = requests.get(learned.requestId());
        return put(known == null ? learned : known.completedBy(learned));
    }

    /** The relays of a call (second interpreters asked for it) the desk still keeps; a call has one or two. */
    public List<CallRequest> relaysOf(String hostRequestId) {
        return keys(requests, r -> hostRequestId.equals(r.host())).stream().map(requests::get)
                .filter(java.util.Objects::nonNull).toList();
    }

    /** The line is placing a call to this offer's interpreter (its CallSid comes later). */
    public void calling(RingingOffer offer) {
        interpreterCalls.put(offer.made().interpreterId(), offer.offerId());
    }

    /** The offer whose interpreter leg this is, if the line placed it. */
    public String offerOfLeg(String callSid) {
        return callSid == null ? null : legs.get(callSid);
    }

    /** The line's latest call to this interpreter, if it knows one. */
    public RingingOffer latestCallTo(String interpreterId) {
        String offerId = interpreterId == null ? null : interpreterCalls.get(interpreterId);
        return offerId == null ? null : offers.get(offerId);
    }

    /** Every offer of the request the desk still keeps. */
    public List<RingingOffer> offersOf(String requestId) {
        List<RingingOffer> found = new ArrayList<>();
        try (KeyValueIterator<String, RingingOffer> all = offers.all()) {
            all.forEachRemaining(kv -> {
                if (kv.value != null && requestId.equals(kv.value.made().requestId())) {
                    found.add(kv.value);
                }
            });
        }
        return found;
    }

    /** @return true the first time this fact is seen, false for a repeat (a redelivery, a retried webhook) */
    public boolean firstTime(String key) {
        if (handled.get(key) != null) {
            return false;
        }
        handled.put(key, reports.now().toEpochMilli());
        return true;
    }

    /** Whether this fact was seen, without marking it. */
    public boolean seen(String key) {
        return handled.get(key) != null;
    }

    /** Marks the roster's calls as kept here (once; the mark is never pruned). */
    public void hosting(String rosterId) {
        String mark = hostedMark(rosterId);
        if (handled.get(mark) == null) {
            handled.put(mark, reports.now().toEpochMilli());
        }
    }

    public void due(String timer, Instant at) {
        timers.put(timer, at.toEpochMilli());
    }

    public void done(String timer) {
        timers.delete(timer);
    }

    /** The timers whose name starts with {@code prefix} and that match, due or not: the list is short. */
    public List<String> timers(String prefix, Predicate<Instant> when) {
        List<String> found = new ArrayList<>();
        try (KeyValueIterator<String, Long> it = timers.all()) {
            while (it.hasNext()) {
                KeyValue<String, Long> kv = it.next();
                if (kv.key.startsWith(prefix) && kv.value != null && when.test(Instant.ofEpochMilli(kv.value))) {
                    found.add(kv.key);
                }
            }
        }
        return found;
    }

    /** Forgets what has not changed since {@code horizon}; returns how many entries went. */
    public int prune(Instant horizon) {
        int gone = 0;
        List<String> oldOffers = keys(offers, o -> o.touchedAt() == null || o.touchedAt().isBefore(horizon));
        for (String offerId : oldOffers) {
            RingingOffer offer = offers.delete(offerId);
            if (offer != null && offer.callSid() != null && offerId.equals(legs.get(offer.callSid()))) {
                legs.delete(offer.callSid());
            }
            if (offer != null && offerId.equals(interpreterCalls.get(offer.made().interpreterId()))) {
                interpreterCalls.delete(offer.made().interpreterId());
            }
            timers.delete("dial:" + offerId);
            timers.delete("bridge:" + offerId);
        }
        gone += oldOffers.size();
        List<String> oldRequests = keys(requests, r -> r.touchedAt() == null || r.touchedAt().isBefore(horizon));
        oldRequests.forEach(id -> {
            requests.delete(id);
            timers.delete("text:" + id);
        });
        gone += oldRequests.size();
        List<String> oldFacts = keys(handled, at -> at < horizon.toEpochMilli());
        oldFacts.removeIf(key -> key.startsWith(hostedMark("")));
        oldFacts.forEach(handled::delete);
        return gone + oldFacts.size();
    }

    private static <V> List<String> keys(KeyValueStore<String, V> store, Predicate<V> matching) {
        List<String> found = new ArrayList<>();
        try (KeyValueIterator<String, V> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, V> kv = it.next();
                if (kv.value == null || matching.test(kv.value)) {
                    found.add(kv.key);
                }
            }
        }
        return found;
    }

    /** Entries per store, for the log line of a prune. */
    public Map<String, Long> sizes() {
        return Map.of(OFFERS, offers.approximateNumEntries(), REQUESTS, requests.approximateNumEntries(),
                HANDLED, handled.approximateNumEntries());
    }
}

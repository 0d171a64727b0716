package org.interpreterline.dispatch.requests;

import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.interpreterline.events.JsonSerde;
import org.interpreterline.events.Topics;
import org.interpreterline.events.dispatch.CancelTexted;
import org.interpreterline.events.language.LanguageCatalog;

/**
 * The request record: the line's three event topics (all keyed by roster id, same partition counts, so one
 * task sees a roster's events of all three) into one processor and its persistent stores.
 */
public final class RequestRecordTopology {

    /** requestId → {@link RequestRecord} */
    public static final String REQUESTS = "requests";
    /** reference (K7Q2) → the ids of the requests that held it, oldest first ({@link ReferenceHolders}) */
    public static final String BY_REFERENCE = "request-references";
    /** requester phone (E.164) → the requestId of their request still in progress */
    public static final String OPEN_BY_PHONE = "open-requests-by-phone";
    /** requester CallSid → requestId (voice requests) */
    public static final String BY_CALL = "requests-by-call";
    /** requester phone → a CANCEL they texted before the record showed their request ({@link EarlyCancels}) */
    public static final String CANCELS_WAITING = "cancels-waiting";
    /** request id → {@link PaidCall}: the minutes report's own record, kept longer than the history. */
    public static final String PAID_CALLS = "paid-calls";

    /**
     * request id → since when (epoch ms) the oldest of its added numbers' keys is alive, for open requests with such
     * keys only: what the key sweep reads instead of the whole history ({@link OutlivedKeys}).
     */
    public static final String LIVE_KEYS = "requests-with-live-keys";

    /** The source of dispatch.events: what else keeps a record of dispatch's own events reads from it. */
    public static final String DISPATCH_SOURCE = "dispatch-events";

    public static final List<String> SOURCE_TOPICS = List.of(Topics.DISPATCH_EVENTS.name(),
            Topics.ROSTER_EVENTS.name(), Topics.NOTIFICATION_EVENTS.name());

    static final JsonSerde<RequestRecord> RECORD_SERDE = new JsonSerde<>(RequestRecord.class);

    private static final String PROCESSOR = "request-record";
    private static final String EARLY_CANCELS = "early-cancels";

    private RequestRecordTopology() {
    }

    /**
     * @param watcher   told of every change to a request (metrics, the live board)
     * @param retention how long a request is kept after its last change
     */
    public static void addTo(Topology topology, RequestWatcher watcher, HistoryRetention retention) {
        topology.addSource(DISPATCH_SOURCE, Topics.DISPATCH_EVENTS.keySerde().deserializer(),
                Topics.DISPATCH_EVENTS.valueSerde().deserializer(), Topics.DISPATCH_EVENTS.name());
        topology.addSource("roster-events", Topics.ROSTER_EVENTS.keySerde().deserializer(),
                Topics.ROSTER_EVENTS.valueSerde().deserializer(), Topics.ROSTER_EVENTS.name());
        topology.addSource("notification-events", Topics.NOTIFICATION_EVENTS.keySerde().deserializer(),
                Topics.NOTIFICATION_EVENTS.valueSerde().deserializer(), Topics.NOTIFICATION_EVENTS.name());
        LanguageCatalog catalog = LanguageCatalog.standard();
        RequestStatusMachine lifecycle = new RequestStatusMachine(new RequestTimeline(catalog::englishName));
        topology.addProcessor(PROCESSOR, () -> new RequestRecordProcessor(lifecycle, watcher, retention),
                DISPATCH_SOURCE, "roster-events", "notification-events");
        topology.addStateStore(store(REQUESTS, RECORD_SERDE), PROCESSOR);
        topology.addStateStore(store(BY_REFERENCE, Serdes.String()), PROCESSOR);
        topology.addStateStore(store(OPEN_BY_PHONE, Serdes.String()), PROCESSOR);
        topology.addStateStore(store(BY_CALL, Serdes.String()), PROCESSOR);
        topology.addStateStore(store(PAID_CALLS, new JsonSerde<>(PaidCall.class)), PROCESSOR);
        topology.addStateStore(store(LIVE_KEYS, Serdes.Long()), PROCESSOR);
        topology.addSink("resident-key-tombstones", Topics.DISPATCH_RESIDENT_KEYS.name(),
                Topics.DISPATCH_RESIDENT_KEYS.keySerde().serializer(),
                Topics.DISPATCH_RESIDENT_KEYS.valueSerde().serializer(), PROCESSOR);
        // after the record's processor (added first), so an opening is on the record when EarlyCancels reads it
        topology.addProcessor(EARLY_CANCELS, EarlyCancels::new, DISPATCH_SOURCE);
        topology.addStateStore(store(CANCELS_WAITING, new JsonSerde<>(CancelTexted.class)), EARLY_CANCELS);
        topology.connectProcessorAndStateStores(EARLY_CANCELS, OPEN_BY_PHONE, REQUESTS);
        topology.addSink("early-cancellations", Topics.DISPATCH_EVENTS.name(),
                Topics.DISPATCH_EVENTS.keySerde().serializer(), Topics.DISPATCH_EVENTS.valueSerde().serializer(),
                EARLY_CANCELS);
    }

    private static <V> StoreBuilder<KeyValueStore<String, V>> store(String name,
            org.apache.kafka.common.serialization.Serde<V> valueSerde) {
        // caching off: a webhook reading the store right after a commit sees exactly what was written
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), valueSerde)
                .withCachingDisabled();
    }
}

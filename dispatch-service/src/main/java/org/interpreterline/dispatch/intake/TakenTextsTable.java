package org.interpreterline.dispatch.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.interpreterline.dispatch.requests.HistoryRetention;
import org.interpreterline.dispatch.requests.RequestRecordTopology;
import org.interpreterline.events.JsonSerde;
import org.interpreterline.events.dispatch.LanguageCardUsed;
import org.interpreterline.events.dispatch.LanguageCardChosen;
import org.interpreterline.events.dispatch.CanaryRequested;
import org.interpreterline.events.dispatch.CancelTexted;
import org.interpreterline.events.dispatch.RequestFlagged;
import org.interpreterline.events.dispatch.SpokenNoteRecorded;
import org.interpreterline.events.dispatch.RequesterHungUp;
import org.interpreterline.events.dispatch.ToughCallReported;
import org.interpreterline.events.dispatch.DispatchEvent;
import org.interpreterline.events.dispatch.PresenceRequested;
import org.interpreterline.events.dispatch.RequestCancelled;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.dispatch.ResidentAddRequested;

/**
 * The {@code taken-texts} store: every ON, OFF, BREAK and CANCEL text dispatch published, by the id of the event it
 * published (derived from the text's MessageSid, see {@code RequestIds}). Fed by the request record's own source of
 * dispatch.events, so it is exactly as old as the record, and forgotten as the history is: an entry older than
 * {@code LINE_HISTORY_RETENTION} is deleted as often as the history is swept (a tombstone on its compacted
 * changelog). Twilio retries a webhook within minutes, so nothing older is needed.
 */
public final class TakenTextsTable {

    /** event id (a text's) → {@link TakenText} */
    public static final String STORE = "taken-texts";

    private static final String PROCESSOR = "taken-texts";

    private TakenTextsTable() {
    }

    /** After {@link RequestRecordTopology#addTo}: reads its dispatch.events source. */
    public static void addTo(Topology topology, HistoryRetention retention) {
        topology.addProcessor(PROCESSOR, () -> new Recorder(retention), RequestRecordTopology.DISPATCH_SOURCE);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(),
                new JsonSerde<>(TakenText.class)).withCachingDisabled(), PROCESSOR);
    }

    private static final class Recorder implements Processor<String, DispatchEvent, Void, Void> {

        private final HistoryRetention retention;
        private KeyValueStore<String, TakenText> store;

        Recorder(HistoryRetention retention) {
            this.retention = retention;
        }

        @Override
        public void init(ProcessorContext<Void, Void> context) {
            store = context.getStateStore(STORE);
            context.schedule(retention.sweepEvery(), PunctuationType.WALL_CLOCK_TIME,
                    at -> forgetBefore(Instant.ofEpochMilli(at).minus(retention.retention())));
        }

        private void forgetBefore(Instant cutoff) {
            List<String> old = new ArrayList<>();
            try (var all = store.all()) {
                all.forEachRemaining(kv -> {
                    if (kv.value.takenAt() == null || kv.value.takenAt().isBefore(cutoff)) {
                        old.add(kv.key);
                    }
                });
            }
            old.forEach(store::delete);
        }

        @Override
        public void process(Record<String, DispatchEvent> record) {
            TakenText taken = record.value() == null ? null : switch (record.value()) {
                case PresenceRequested p -> new TakenText(TakenText.Kind.PRESENCE, null, p.interpreterId(),
                        p.requested(), p.occurredAt());
                case RequestCancelled c -> c.reason() == RequestCancelled.Reason.REQUESTER_TEXTED_CANCEL
                        ? new TakenText(TakenText.Kind.CANCEL, c.requestId(), null, null, c.occurredAt()) : null;
                case RequestOpened o -> null; // in the record, under the request id the text gave it
                case CanaryRequested c -> null; // a self-test: answered again as a new one, it changes nothing
                case CancelTexted c -> null; // kept once its RequestCancelled (same id as the text's) is published
                case ResidentAddRequested a -> null; // a repeated ADD makes the same add, which is dropped
                case LanguageCardChosen c -> null; // a tap on a card, not a text
                case LanguageCardUsed u -> null; // the YES opened a request: in the record under its id
                case ToughCallReported t -> null; // answered again as new: its id follows from the text, counted once
                case RequesterHungUp h -> null; // a call's end, not a text
                case RequestFlagged f -> null; // keys on a call, not a text
                case SpokenNoteRecorded n -> null; // words on a call, not a text
            };
            if (taken != null) {
                store.putIfAbsent(record.value().eventId().toString(), taken);
            }
        }
    }
}

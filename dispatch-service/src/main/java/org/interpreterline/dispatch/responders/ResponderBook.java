package org.interpreterline.dispatch.responders;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.interpreterline.events.JsonSerde;
import org.interpreterline.events.Topics;
import org.interpreterline.events.dispatch.PutResponder;
import org.interpreterline.events.dispatch.RemoveResponder;
import org.interpreterline.events.dispatch.Responder;
import org.interpreterline.events.dispatch.ResponderCommand;
import org.interpreterline.platform.phone.PhoneMask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only writer of {@code dispatch.responders}: applies the admin API's responder commands in order (they all
 * have one key, so one task sees them all), exactly once, and refuses a phone another responder holds. Its
 * own {@code responder-book} store (phone → responder) knows every write it made, the moment it made it; the
 * global {@code responders} table every instance reads follows through the topic.
 */
public final class ResponderBook implements Processor<String, ResponderCommand, String, Responder> {

    /** phone (E.164) → {@link Responder}, as this processor last wrote it */
    public static final String STORE = "responder-book";

    private static final String SOURCE = "responder-commands";
    private static final String PROCESSOR = "responder-book";
    private static final String SINK = "responders-out";
    private static final Logger log = LoggerFactory.getLogger(ResponderBook.class);

    private ProcessorContext<String, Responder> context;
    private KeyValueStore<String, Responder> book;

    public static void addTo(Topology topology) {
        topology.addSource(SOURCE, Topics.DISPATCH_RESPONDER_COMMANDS.keySerde().deserializer(),
                Topics.DISPATCH_RESPONDER_COMMANDS.valueSerde().deserializer(),
                Topics.DISPATCH_RESPONDER_COMMANDS.name());
        topology.addProcessor(PROCESSOR, ResponderBook::new, SOURCE);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(),
                new JsonSerde<>(Responder.class)).withCachingDisabled(), PROCESSOR);
        topology.addSink(SINK, Topics.DISPATCH_RESPONDERS.name(), Topics.DISPATCH_RESPONDERS.keySerde().serializer(),
                Topics.DISPATCH_RESPONDERS.valueSerde().serializer(), PROCESSOR);
    }

    @Override
    public void init(ProcessorContext<String, Responder> context) {
        this.context = context;
        this.book = context.getStateStore(STORE);
        startFromTheDirectory(context.getStateStore(ResponderTable.STORE));
    }

    /**
     * A book that never wrote anything starts from the directory as it is (responders registered before the book
     * existed, when the API wrote the table itself); global stores are restored before any task starts.
     */
    private void startFromTheDirectory(KeyValueStore<String, Responder> directory) {
        try (KeyValueIterator<String, Responder> written = book.all()) {
            if (written.hasNext()) {
                return;
            }
        }
        try (KeyValueIterator<String, Responder> all = directory.all()) {
            all.forEachRemaining(kv -> {
                if (kv.value != null) {
                    book.put(kv.key, kv.value);
                }
            });
        }
    }

    @Override
    public void process(Record<String, ResponderCommand> record) {
        switch (record.value()) {
            case null -> {
                // a tombstone on a command topic means nothing
            }
            case PutResponder put -> put(put.responder(), record);
            case RemoveResponder remove -> remove(remove.responderId(), record);
        }
    }

    private void put(Responder responder, Record<String, ResponderCommand> record) {
        Responder holder = book.get(responder.phone());
        if (holder != null && !holder.responderId().equals(responder.responderId())) {
            log.warn("Responder {} not registered with {}: the phone belongs to responder {}",
                    responder.responderId(), PhoneMask.mask(responder.phone()), holder.responderId());
            return;
        }
        Responder before = byId(responder.responderId());
        if (before != null && !before.phone().equals(responder.phone())) {
            write(before.phone(), null, record);
        }
        write(responder.phone(), responder, record);
    }

    private void remove(String responderId, Record<String, ResponderCommand> record) {
        Responder before = byId(responderId);
        if (before != null) {
            write(before.phone(), null, record);
        }
    }

    private void write(String phone, Responder responder, Record<String, ResponderCommand> command) {
        if (responder == null) {
            book.delete(phone);
        } else {
            book.put(phone, responder);
        }
        context.forward(command.withKey(phone).withValue(responder));
    }

    /** A directory of a few thousand responders is scanned in a millisecond or two. */
    private Responder byId(String responderId) {
        try (KeyValueIterator<String, Responder> all = book.all()) {
            while (all.hasNext()) {
                KeyValue<String, Responder> kv = all.next();
                if (kv.value != null && responderId.equals(kv.value.responderId())) {
                    return kv.value;
                }
            }
        }
        return null;
    }
}

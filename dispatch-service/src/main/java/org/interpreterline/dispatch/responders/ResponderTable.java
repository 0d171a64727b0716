package org.interpreterline.dispatch.responders;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;
import org.interpreterline.events.JsonSerde;
import org.interpreterline.events.Topics;
import org.interpreterline.events.dispatch.Responder;
import org.interpreterline.platform.streams.TableMirror;

/** The {@code responders} global store: {@code dispatch.responders} by phone, on every instance. */
public final class ResponderTable {

    public static final String STORE = "responders";

    private ResponderTable() {
    }

    public static void addTo(Topology topology) {
        topology.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(),
                        new JsonSerde<>(Responder.class)).withLoggingDisabled().withCachingDisabled(),
                "responders-source", Topics.DISPATCH_RESPONDERS.keySerde().deserializer(),
                Topics.DISPATCH_RESPONDERS.valueSerde().deserializer(), Topics.DISPATCH_RESPONDERS.name(),
                "responders-mirror", () -> new TableMirror<Responder>(STORE));
    }
}

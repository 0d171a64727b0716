package org.interpreterline.dispatch.presence;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;
import org.interpreterline.events.JsonSerde;
import org.interpreterline.events.Topics;
import org.interpreterline.events.roster.InterpreterSnapshot;
import org.interpreterline.platform.streams.TableMirror;

/** The {@code interpreters} global store: the roster's {@code roster.interpreters} snapshots by interpreter id. */
public final class InterpreterTable {

    public static final String STORE = "interpreters";

    private InterpreterTable() {
    }

    public static void addTo(Topology topology) {
        topology.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(),
                        new JsonSerde<>(InterpreterSnapshot.class)).withLoggingDisabled().withCachingDisabled(),
                "interpreters-source", Topics.ROSTER_INTERPRETERS.keySerde().deserializer(),
                Topics.ROSTER_INTERPRETERS.valueSerde().deserializer(), Topics.ROSTER_INTERPRETERS.name(),
                "interpreters-mirror", () -> new TableMirror<InterpreterSnapshot>(STORE));
    }
}

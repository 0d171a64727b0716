package org.interpreterline.dispatch.presence;

import org.apache.kafka.streams.Topology;
import org.interpreterline.events.Topics;
import org.interpreterline.platform.streams.TableMirror;

/** The {@code interpreters} global store: the roster's {@code roster.interpreters} snapshots by interpreter id. */
public final class InterpreterTable {

    public static final String STORE = "interpreters";

    private InterpreterTable() {
    }

    public static void addTo(Topology topology) {
        TableMirror.addTo(topology, STORE, Topics.ROSTER_INTERPRETERS);
    }
}

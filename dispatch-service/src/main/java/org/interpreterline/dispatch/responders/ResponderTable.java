package org.interpreterline.dispatch.responders;

import org.apache.kafka.streams.Topology;
import org.interpreterline.events.Topics;
import org.interpreterline.platform.streams.TableMirror;

/** The {@code responders} global store: {@code dispatch.responders} by phone, on every instance. */
public final class ResponderTable {

    public static final String STORE = "responders";

    private ResponderTable() {
    }

    public static void addTo(Topology topology) {
        TableMirror.addTo(topology, STORE, Topics.DISPATCH_RESPONDERS);
    }
}

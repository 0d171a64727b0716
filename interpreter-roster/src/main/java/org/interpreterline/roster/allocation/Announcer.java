package org.interpreterline.roster.allocation;

import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.interpreterline.events.roster.RosterEvent;

/** Publishes what the allocator decided: events on roster.events, snapshots on roster.interpreters. */
final class Announcer {

    private final ProcessorContext<String, Object> context;

    Announcer(ProcessorContext<String, Object> context) {
        this.context = context;
    }

    /** Wall-clock time of the stream thread, so tests drive it with advanceWallClockTime. */
    Instant now() {
        return Instant.ofEpochMilli(context.currentSystemTimeMs());
    }

    UUID newEventId() {
        return UUID.randomUUID();
    }

    void publish(String rosterId, RosterEvent event) {
        context.forward(new Record<String, Object>(rosterId, event, context.currentSystemTimeMs()),
                AllocatorTopology.EVENTS_SINK);
    }

    void snapshot(Interpreter interpreter) {
        context.forward(new Record<String, Object>(interpreter.interpreterId(), interpreter.snapshot(),
                context.currentSystemTimeMs()), AllocatorTopology.INTERPRETERS_SINK);
    }

    /** A tombstone: the interpreter left the roster. */
    void removed(Interpreter interpreter) {
        context.forward(new Record<String, Object>(interpreter.interpreterId(), null, context.currentSystemTimeMs()),
                AllocatorTopology.INTERPRETERS_SINK);
    }
}

package org.interpreterline.simulator.calls;

import java.time.Instant;

/** One step in a call's life, for {@code GET /sim/calls/{sid}}. */
public record CallTimelineStep(Instant at, String event) {
}

package org.interpreterline.simulator.calls;

/** Told about every progress step of every call (logging, callbacks, live events). */
public interface LegListener {

    void progressed(CallLeg leg, CallProgressEvent progress);
}

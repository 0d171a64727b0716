package org.interpreterline.dispatch.flags;

import org.interpreterline.events.dispatch.ToughCallReported;

/** Where a TOUGH text goes: the roster's input (implemented by the Kafka adapter). */
public interface ToughCallLine {

    /** @return whether the line took it (false: Kafka did not acknowledge it in time) */
    boolean report(ToughCallReported reported);
}

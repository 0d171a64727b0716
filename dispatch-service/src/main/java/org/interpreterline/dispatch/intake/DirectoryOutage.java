package org.interpreterline.dispatch.intake;

import java.util.concurrent.atomic.AtomicBoolean;
import org.interpreterline.dispatch.stores.StoreUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Whether the responder directory (and the record beside it) could be read lately, logged once when it cannot
 * and once when it can again: a restart is one pair of lines, not one line per call or text.
 */
@Component
class DirectoryOutage {

    private static final Logger log = LoggerFactory.getLogger(DirectoryOutage.class);

    private final AtomicBoolean out = new AtomicBoolean();

    void notReady(StoreUnavailable e) {
        if (out.compareAndSet(false, true)) {
            log.warn("Responder directory not ready: callers take the PIN path until it is, texts are asked to come "
                    + "again ({})", e.getMessage());
        }
    }

    void ready() {
        if (out.compareAndSet(true, false)) {
            log.info("Responder directory ready again: callers are recognised by their phone");
        }
    }
}

package org.interpreterline.notification.residents;

import java.time.Duration;
import java.util.Optional;
import org.interpreterline.events.dispatch.ResidentAddRequested;

/** Opens an added resident's sealed number with its key from {@code dispatch.resident-keys}, as this service reads it. */
public interface ResidentNumbers {

    /**
     * The number in E.164, waiting up to {@code wait} for its key to be read (it is written just before the add);
     * empty when the key is not there (destroyed, the request over) or does not open it.
     */
    Optional<String> open(ResidentAddRequested add, Duration wait);
}

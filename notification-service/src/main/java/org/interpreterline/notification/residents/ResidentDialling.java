package org.interpreterline.notification.residents;

import org.interpreterline.events.dispatch.ResidentAddRequested;

/**
 * The call desk's request to call an added resident into a request's conference, done off the desk's thread (the
 * number must first be unsealed with its key); reports {@code CallPlaced} or {@code CallNotPlaced} with purpose
 * {@code RESIDENT}, and the call's progress comes back as {@code ResidentCallProgressed}.
 */
public interface ResidentDialling {

    void call(ResidentAddRequested add);
}

package org.interpreterline.notification.residents;

import org.interpreterline.events.dispatch.ResidentAddRequested;

/**
 * A call to an added resident the desk is following, the value of {@code calldesk-residents} (keyed by the add's
 * id): the add (its number sealed) and the call Twilio placed, until the call has its outcome.
 */
public record ResidentLeg(ResidentAddRequested add, String callSid) {

    ResidentLeg placed(String sid) {
        return new ResidentLeg(add, sid);
    }
}

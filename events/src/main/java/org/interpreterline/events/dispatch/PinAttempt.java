package org.interpreterline.events.dispatch;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.interpreterline.events.LineEvent;

/**
 * An agency PIN entered on the line, on dispatch-service's own {@code dispatch.pin-attempts} topic (key = roster
 * id), read only by dispatch-service: it counts wrong PINs per calling number, so a number that keeps guessing is
 * locked out whichever call, instance or restart the guesses come through.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(PinRejected.class),
        @JsonSubTypes.Type(PinAccepted.class)
})
public sealed interface PinAttempt extends LineEvent permits PinRejected, PinAccepted {

    /** The calling number as a keyed hash (HMAC-SHA256, hex): equal for one number, useless without the key. */
    String caller();
}

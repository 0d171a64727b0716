package org.interpreterline.events.roster;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.interpreterline.events.LineEvent;

/**
 * Admin writes to the roster, on interpreter-roster's own {@code roster.commands} topic, so the allocator
 * applies them in order with everything else it does (no second writer of bookings).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(PutInterpreter.class),
        @JsonSubTypes.Type(RemoveInterpreter.class),
        @JsonSubTypes.Type(SetPresence.class),
        @JsonSubTypes.Type(SetAvailability.class)
})
public sealed interface RosterCommand extends LineEvent permits PutInterpreter, RemoveInterpreter, SetPresence,
        SetAvailability {

    String interpreterId();
}

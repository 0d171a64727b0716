package org.interpreterline.events.roster;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.interpreterline.events.LineEvent;

/** Everything interpreter-roster publishes on {@code roster.events}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(OfferMade.class),
        @JsonSubTypes.Type(OfferWithdrawn.class),
        @JsonSubTypes.Type(RequestQueued.class),
        @JsonSubTypes.Type(RequestAssigned.class),
        @JsonSubTypes.Type(RequestEscalated.class),
        @JsonSubTypes.Type(InterpreterStatusChanged.class),
        @JsonSubTypes.Type(CanaryChecked.class),
        @JsonSubTypes.Type(SameInterpreterOutcome.class)
})
public sealed interface RosterEvent extends LineEvent
        permits OfferMade, OfferWithdrawn, RequestQueued, RequestAssigned, RequestEscalated, InterpreterStatusChanged,
        CanaryChecked, SameInterpreterOutcome {
}

package org.interpreterline.events.calls;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.interpreterline.events.LineEvent;

/**
 * What notification-service learns on the phones (its webhooks) and from its own Twilio requests, on
 * {@code notification.calls}, keyed by rosterId like every event topic. Only notification-service reads it: its
 * call desk turns these facts into the line's {@code notification.events}, once each.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(OfferCallProgressed.class),
        @JsonSubTypes.Type(OfferPickedUp.class),
        @JsonSubTypes.Type(PromptUnanswered.class),
        @JsonSubTypes.Type(KeyPressed.class),
        @JsonSubTypes.Type(ConferenceReported.class),
        @JsonSubTypes.Type(CallPlaced.class),
        @JsonSubTypes.Type(CallNotPlaced.class),
        @JsonSubTypes.Type(CallbackProgressed.class),
        @JsonSubTypes.Type(TextSent.class),
        @JsonSubTypes.Type(TextNotSent.class),
        @JsonSubTypes.Type(ResidentCallProgressed.class)
})
public sealed interface CallFact extends LineEvent permits OfferCallProgressed, OfferPickedUp, PromptUnanswered,
        KeyPressed, ConferenceReported, CallPlaced, CallNotPlaced, CallbackProgressed, TextSent, TextNotSent,
        ResidentCallProgressed {
}

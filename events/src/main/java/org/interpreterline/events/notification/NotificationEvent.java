package org.interpreterline.events.notification;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.interpreterline.events.LineEvent;

/** The telephony facts notification-service publishes on {@code notification.events}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(OfferAnswered.class),
        @JsonSubTypes.Type(OfferNotAnswered.class),
        @JsonSubTypes.Type(ParticipantJoined.class),
        @JsonSubTypes.Type(ParticipantLeft.class),
        @JsonSubTypes.Type(ConferenceEnded.class),
        @JsonSubTypes.Type(MessageSent.class),
        @JsonSubTypes.Type(MessageFailed.class),
        @JsonSubTypes.Type(ResidentCallOutcome.class)
})
public sealed interface NotificationEvent extends LineEvent permits OfferAnswered, OfferNotAnswered,
        ParticipantJoined, ParticipantLeft, ConferenceEnded, MessageSent, MessageFailed,
        ResidentCallOutcome {
}

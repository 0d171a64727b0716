package org.interpreterline.events.dispatch;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.interpreterline.events.LineEvent;

/** Everything dispatch-service publishes on {@code dispatch.events}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(RequestOpened.class),
        @JsonSubTypes.Type(RequestCancelled.class),
        @JsonSubTypes.Type(PresenceRequested.class),
        @JsonSubTypes.Type(CanaryRequested.class),
        @JsonSubTypes.Type(CancelTexted.class),
        @JsonSubTypes.Type(ResidentAddRequested.class),
        @JsonSubTypes.Type(LanguageCardChosen.class),
        @JsonSubTypes.Type(LanguageCardUsed.class),
        @JsonSubTypes.Type(ToughCallReported.class),
        @JsonSubTypes.Type(RequesterHungUp.class),
        @JsonSubTypes.Type(RequestFlagged.class),
        @JsonSubTypes.Type(SpokenNoteRecorded.class)
})
public sealed interface DispatchEvent extends LineEvent permits RequestOpened, RequestCancelled, PresenceRequested,
        CanaryRequested, CancelTexted, ResidentAddRequested, LanguageCardChosen, LanguageCardUsed, ToughCallReported,
        RequesterHungUp, RequestFlagged, SpokenNoteRecorded {
}

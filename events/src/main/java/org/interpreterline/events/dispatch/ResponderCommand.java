package org.interpreterline.events.dispatch;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.interpreterline.events.LineEvent;

/**
 * Admin writes to the responder directory, on dispatch-service's own {@code dispatch.responder-commands} topic,
 * applied in order by the one processor that writes {@code dispatch.responders}: two administrators registering one
 * phone at once cannot both succeed, whichever instances they reach.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(PutResponder.class),
        @JsonSubTypes.Type(RemoveResponder.class)
})
public sealed interface ResponderCommand extends LineEvent permits PutResponder, RemoveResponder {

    /** The key of every command: the directory is one for the whole line, so its commands are one ordered stream. */
    String KEY = "directory";

    String responderId();
}

package org.interpreterline.notification.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Serializer;
import org.interpreterline.events.Topics;
import org.interpreterline.events.dispatch.DispatchEvent;
import org.interpreterline.events.roster.RosterEvent;

/**
 * Writes a record to a dead-letter topic as it came: unreadable bytes as they are (that is the point of a
 * dead letter), a record that was read but could not be handled as its topic's JSON.
 */
public class DeadLetterValues implements Serializer<Object> {

    @Override
    public byte[] serialize(String topic, Object data) {
        return switch (data) {
            case null -> null;
            case byte[] raw -> raw;
            case String text -> text.getBytes(StandardCharsets.UTF_8);
            case RosterEvent event -> Topics.ROSTER_EVENTS.valueSerde().serializer().serialize(topic, event);
            case DispatchEvent event -> Topics.DISPATCH_EVENTS.valueSerde().serializer().serialize(topic, event);
            default -> String.valueOf(data).getBytes(StandardCharsets.UTF_8);
        };
    }
}

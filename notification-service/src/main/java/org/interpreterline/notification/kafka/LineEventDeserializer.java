package org.interpreterline.notification.kafka;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.interpreterline.events.Topics;

/** Reads a value with the serde the {@link Topics} registry names for its topic, so one consumer reads both. */
public class LineEventDeserializer implements Deserializer<Object> {

    @Override
    public Object deserialize(String topic, byte[] data) {
        try {
            return Topics.named(topic).valueSerde().deserializer().deserialize(topic, data);
        } catch (IllegalArgumentException e) {
            throw new SerializationException("No serde for topic " + topic, e);
        }
    }
}

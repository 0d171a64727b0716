package org.interpreterline.platform.streams;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.interpreterline.events.Topic;
import org.interpreterline.events.Topics;
import org.interpreterline.platform.kafka.DeadLetters;

/**
 * A record of an event topic copied, as it was read, to {@code <topic>.dlt} with what went wrong in its headers, and
 * counted in {@code line_dead_letters_total}. Table topics are not copied: their next record for the key replaces
 * the one that failed, and Streams cannot produce from its global thread.
 */
final class DeadLetterCopy {

    private static final Set<String> EVENT_TOPICS = Topics.all().stream().filter(t -> !t.compacted())
            .map(Topic::name).collect(Collectors.toUnmodifiableSet());

    private final DeadLetters counter;
    private final String consumer;

    private DeadLetterCopy(DeadLetters counter, String consumer) {
        this.counter = counter;
        this.consumer = consumer;
    }

    /** From a handler's configuration: the counter LineStreams put there, and the application id. */
    static DeadLetterCopy configured(Map<String, ?> configs) {
        Object applicationId = configs.get(StreamsConfig.APPLICATION_ID_CONFIG);
        return new DeadLetterCopy(configs.get(DeadLetters.CONFIG_KEY) instanceof DeadLetters c ? c : null,
                applicationId == null ? "unknown" : applicationId.toString());
    }

    static boolean isEventTopic(String topic) {
        return topic != null && EVENT_TOPICS.contains(topic);
    }

    /**
     * @param step where it failed (a processor's name), null when the record could not be read at all
     */
    ProducerRecord<byte[], byte[]> copy(String topic, int partition, long offset, long timestamp, byte[] key,
            byte[] value, Headers original, Exception error, String step) {
        String deadLetterTopic = topic + ".dlt";
        RecordHeaders headers = new RecordHeaders(original == null ? new RecordHeaders().toArray()
                : original.toArray());
        headers.add(DeadLetterOnUnreadable.ERROR_CLASS, bytes(error.getClass().getName()));
        headers.add(DeadLetterOnUnreadable.ERROR_MESSAGE, bytes(String.valueOf(error.getMessage())));
        if (step != null) {
            headers.add(DeadLetterOnFailure.ERROR_STEP, bytes(step));
        }
        headers.add(DeadLetterOnUnreadable.SOURCE_TOPIC, bytes(topic));
        headers.add(DeadLetterOnUnreadable.SOURCE_PARTITION, bytes(Integer.toString(partition)));
        headers.add(DeadLetterOnUnreadable.SOURCE_OFFSET, bytes(Long.toString(offset)));
        headers.add(DeadLetterOnUnreadable.CONSUMER, bytes(consumer));
        if (counter != null) {
            counter.sent(deadLetterTopic);
        }
        return new ProducerRecord<>(deadLetterTopic, null, timestamp, key, value, headers);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

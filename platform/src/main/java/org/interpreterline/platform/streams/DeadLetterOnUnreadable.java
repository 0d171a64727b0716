package org.interpreterline.platform.streams;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.interpreterline.events.Topic;
import org.interpreterline.events.Topics;
import org.interpreterline.platform.kafka.DeadLetters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record a topology cannot read is logged and skipped: one bad producer must not stop the line. A record
 * of an event topic is also copied, as it was, to {@code <topic>.dlt} with the error in its headers, in the
 * same transaction as the task's other output (KIP-1034), and counted in {@code line_dead_letters_total}.
 * A transaction that aborts after the copy re-reads the record and counts it again: rare enough not to matter
 * for an alert that asks "any dead letters lately?".
 *
 * <p>Table topics (global tables) are only logged: Streams cannot produce dead letters from its global thread,
 * and a table's next record for the same key replaces the unreadable one anyway.
 */
public class DeadLetterOnUnreadable implements DeserializationExceptionHandler {

    public static final String ERROR_CLASS = "line.error.class";
    public static final String ERROR_MESSAGE = "line.error.message";
    public static final String SOURCE_TOPIC = "line.source.topic";
    public static final String SOURCE_PARTITION = "line.source.partition";
    public static final String SOURCE_OFFSET = "line.source.offset";
    /** Who gave up on the record (a Streams application id, or a consumer group): several read each topic. */
    public static final String CONSUMER = "line.consumer";

    private static final Set<String> EVENT_TOPICS = Topics.all().stream().filter(t -> !t.compacted())
            .map(Topic::name).collect(Collectors.toUnmodifiableSet());
    private static final Logger log = LoggerFactory.getLogger(DeadLetterOnUnreadable.class);

    private DeadLetters deadLetters;
    private String consumer = "unknown";

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
            Exception exception) {
        String where = record.topic() + "-" + record.partition() + "@" + record.offset();
        if (!EVENT_TOPICS.contains(record.topic())) {
            log.error("Skipped unreadable record {}: {}", where, exception.getMessage());
            return Response.resume();
        }
        String deadLetterTopic = record.topic() + ".dlt";
        log.error("Skipped unreadable record {} (copied to {}): {}", where, deadLetterTopic, exception.getMessage());
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        headers.add(ERROR_CLASS, bytes(exception.getClass().getName()));
        headers.add(ERROR_MESSAGE, bytes(String.valueOf(exception.getMessage())));
        headers.add(SOURCE_TOPIC, bytes(record.topic()));
        headers.add(SOURCE_PARTITION, bytes(Integer.toString(record.partition())));
        headers.add(SOURCE_OFFSET, bytes(Long.toString(record.offset())));
        if (deadLetters != null) {
            deadLetters.sent(deadLetterTopic);
        }
        headers.add(CONSUMER, bytes(consumer));
        return Response.resume(List.of(new ProducerRecord<>(deadLetterTopic, null, record.timestamp(), record.key(),
                record.value(), headers)));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Which topics are events is the registry's knowledge; the counter and who we are come with the configuration. */
    @Override
    public void configure(Map<String, ?> configs) {
        if (configs.get(DeadLetters.CONFIG_KEY) instanceof DeadLetters counter) {
            deadLetters = counter;
        }
        Object applicationId = configs.get(org.apache.kafka.streams.StreamsConfig.APPLICATION_ID_CONFIG);
        consumer = applicationId == null ? consumer : applicationId.toString();
    }
}

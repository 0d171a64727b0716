package org.interpreterline.platform.streams;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
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

    private static final Logger log = LoggerFactory.getLogger(DeadLetterOnUnreadable.class);

    private DeadLetterCopy deadLetters = DeadLetterCopy.configured(Map.of());

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
            Exception exception) {
        String where = record.topic() + "-" + record.partition() + "@" + record.offset();
        if (!DeadLetterCopy.isEventTopic(record.topic())) {
            log.error("Skipped unreadable record {}: {}", where, exception.getMessage());
            return Response.resume();
        }
        log.error("Skipped unreadable record {} (copied to {}.dlt): {}", where, record.topic(), exception.getMessage());
        return Response.resume(List.of(deadLetters.copy(record.topic(), record.partition(), record.offset(),
                record.timestamp(), record.key(), record.value(), record.headers(), exception, null)));
    }

    /** Which topics are events is the registry's knowledge; the counter and who we are come with the configuration. */
    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = DeadLetterCopy.configured(configs);
    }
}

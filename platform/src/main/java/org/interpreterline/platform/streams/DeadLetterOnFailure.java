package org.interpreterline.platform.streams;

import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record a topology read but could not handle (a processor threw: a bug met by one event, or the allocator
 * refusing to double-book) does not stop the line for everyone, and does not vanish either: the record of an event
 * topic is copied as it was read to {@code <topic>.dlt}, with the error and the processor that failed in its headers,
 * in the same transaction as the task's other output, and counted in {@code line_dead_letters_total} (the
 * DeadLetters alert). Then the task goes on with the next record.
 *
 * <p>What the failing processor wrote to its stores before it threw stays written: Kafka Streams has no rollback of
 * one record's writes short of failing the whole task, which would meet the same record again after every restart.
 * The allocator refuses a booking before it writes any of it ({@code Bookings.offer}), so what stays written is whole
 * bookings made before the refusal, never half of one.
 */
public class DeadLetterOnFailure implements ProcessingExceptionHandler {

    /** The processor that threw. */
    public static final String ERROR_STEP = "line.error.processor";

    private static final Logger log = LoggerFactory.getLogger(DeadLetterOnFailure.class);

    private DeadLetterCopy deadLetters = DeadLetterCopy.configured(Map.of());

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        String where = context.topic() + "-" + context.partition() + "@" + context.offset() + " in "
                + context.processorNodeId();
        if (!DeadLetterCopy.isEventTopic(context.topic()) || context.sourceRawValue() == null) {
            // a punctuation (no source record) or a table's record: the log is all there is
            log.error("Could not handle {}, skipped: {}", where, exception.toString(), exception);
            return Response.resume();
        }
        log.error("Could not handle {}, copied to {}.dlt and skipped: {}", where, context.topic(),
                exception.toString(), exception);
        return Response.resume(List.of(deadLetters.copy(context.topic(), context.partition(), context.offset(),
                context.timestamp(), context.sourceRawKey(), context.sourceRawValue(), context.headers(), exception,
                context.processorNodeId())));
    }

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = DeadLetterCopy.configured(configs);
    }
}

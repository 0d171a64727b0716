package org.interpreterline.platform.streams;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record a topology cannot read goes, as it was, to {@code <topic>.dlt} with the error in its headers, and
 * the topology carries on. The dead letter is produced in the same transaction as the task's other output.
 */
public class DeadLetterOnUnreadable implements DeserializationExceptionHandler {

    public static final String HEADER_ERROR = "line.error";
    public static final String HEADER_TOPIC = "line.source.topic";
    public static final String HEADER_PARTITION = "line.source.partition";
    public static final String HEADER_OFFSET = "line.source.offset";

    private static final Logger log = LoggerFactory.getLogger(DeadLetterOnUnreadable.class);

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
            Exception exception) {
        String deadLetterTopic = record.topic() + ".dlt";
        log.error("Unreadable record {}-{}@{} sent to {}: {}", record.topic(), record.partition(), record.offset(),
                deadLetterTopic, exception.getMessage());
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        headers.add(HEADER_ERROR, bytes(exception.getClass().getName() + ": " + exception.getMessage()));
        headers.add(HEADER_TOPIC, bytes(record.topic()));
        headers.add(HEADER_PARTITION, bytes(Integer.toString(record.partition())));
        headers.add(HEADER_OFFSET, bytes(Long.toString(record.offset())));
        return Response.resume(List.of(new ProducerRecord<>(deadLetterTopic, null, record.key(), record.value(),
                headers)));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void configure(Map<String, ?> configs) {
        // nothing to configure
    }
}

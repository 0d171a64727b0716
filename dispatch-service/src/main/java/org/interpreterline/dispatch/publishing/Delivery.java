package org.interpreterline.dispatch.publishing;

/** What came of publishing an event with a bounded wait: what the webhook that published it can rely on. */
public enum Delivery {
    /** the broker has it */
    ACKNOWLEDGED,
    /** sent, not acknowledged within the wait; the producer is still retrying */
    PENDING,
    /** the event will not reach Kafka */
    FAILED;

    public boolean failed() {
        return this == FAILED;
    }
}

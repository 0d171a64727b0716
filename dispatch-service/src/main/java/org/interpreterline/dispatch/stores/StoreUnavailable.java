package org.interpreterline.dispatch.stores;

/** The Kafka Streams stores cannot be read right now (starting, rebalancing, or stopped). */
public class StoreUnavailable extends RuntimeException {

    public StoreUnavailable(String store, Throwable cause) {
        super("Store " + store + " is not available yet: " + (cause == null ? "streams not started" : cause.getMessage()),
                cause);
    }
}

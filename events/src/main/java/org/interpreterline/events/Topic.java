package org.interpreterline.events;

import org.apache.kafka.common.serialization.Serde;

/**
 * One topic with the serdes of its keys and values, so a producer and a consumer of it cannot disagree.
 *
 * @param compacted true for tables (latest value per key), false for event streams
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, boolean compacted) {

    /** Where a consumer of this topic puts the records it cannot read. */
    public String deadLetterName() {
        return name + ".dlt";
    }
}

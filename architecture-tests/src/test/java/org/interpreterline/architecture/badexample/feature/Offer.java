package org.interpreterline.architecture.badexample.feature;

import org.interpreterline.architecture.badexample.kafka.OfferRecords;

/** Breaks the rules on purpose (see RulesCanFailTest): a feature that uses its Kafka adapter. */
public class Offer {

    public void make() {
        new OfferRecords().publish(this);
    }
}

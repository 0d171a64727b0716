package org.interpreterline.architecture.badexample.kafka;

import org.interpreterline.architecture.badexample.feature.Offer;

/** An adapter that uses the feature, as it may; with Offer's use of it the two packages form a cycle. */
public class OfferRecords {

    public void publish(Offer offer) {
        new org.interpreterline.architecture.badexample.kafka.Offer(offer.toString());
    }
}

package org.interpreterline.notification.offers;

import org.interpreterline.notification.requests.Requests;

/**
 * Whether an interpreter on an offer call may still take the request: the offer stands and nobody else got
 * the request. Asked again at every step, since the roster may move on at any moment.
 */
public class OfferStanding {

    private final Requests requests;
    private final LiveOffers offers;

    public OfferStanding(Requests requests, LiveOffers offers) {
        this.requests = requests;
        this.offers = offers;
    }

    /**
     * An assignment whose interpreter left before the bridge no longer holds the request: the roster offers it
     * again, and those offers are wanted.
     */
    public boolean wanted(Offer offer) {
        return offer.live() && requests.find(offer.requestId())
                .map(r -> !r.cancelled() && (r.assignment() == null || r.assignedTo(offer.offerId())
                        || offers.leftBeforeTheBridge(r.assignment().offerId())))
                .orElse(true);
    }

    /** The roster confirmed this interpreter: bridging is safe. */
    public boolean confirmed(Offer offer) {
        return !offer.withdrawn() && requests.find(offer.requestId())
                .map(r -> !r.cancelled() && r.assignedTo(offer.offerId()))
                .orElse(false);
    }
}

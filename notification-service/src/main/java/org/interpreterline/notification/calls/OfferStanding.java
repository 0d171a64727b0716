package org.interpreterline.notification.calls;

import java.util.function.Function;

/**
 * Whether an interpreter on an offer call may still take the request: the offer stands and nobody else got
 * the request. Asked again at every step (by the webhooks and by the call desk), since the roster may move on
 * at any moment.
 */
public final class OfferStanding {

    private OfferStanding() {
    }

    /**
     * An assignment whose interpreter left before the bridge no longer holds the request: the roster offers it
     * again, and those offers are wanted.
     *
     * @param request null when the request is not known (its offer is then all there is to go by)
     * @param offers  other offers by id, to see whether the assigned interpreter left before the bridge
     */
    public static boolean wanted(RingingOffer offer, CallRequest request, Function<String, RingingOffer> offers) {
        if (!offer.live()) {
            return false;
        }
        if (request == null) {
            return true;
        }
        if (request.cancelled()) {
            return false;
        }
        if (request.assignment() == null || request.assignedTo(offer.offerId())) {
            return true;
        }
        RingingOffer assigned = offers.apply(request.assignment().offerId());
        return assigned != null && assigned.leftBeforeTheBridge();
    }

    /** The roster confirmed this interpreter: bridging is safe. */
    public static boolean confirmed(RingingOffer offer, CallRequest request) {
        return !offer.withdrawn() && request != null && !request.cancelled() && request.assignedTo(offer.offerId());
    }
}

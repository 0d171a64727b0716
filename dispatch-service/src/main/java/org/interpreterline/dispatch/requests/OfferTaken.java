package org.interpreterline.dispatch.requests;

/** An offer made for the request; kept so later events that carry only ids can name the interpreter. */
public record OfferTaken(String offerId, String interpreterId, String interpreterName, int attempt) {
}

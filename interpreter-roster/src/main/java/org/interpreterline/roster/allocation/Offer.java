package org.interpreterline.roster.allocation;

import java.time.Instant;
import java.util.Objects;

/**
 * A live offer (value of {@link AllocatorTopology#OFFERS_STORE}, key offerId). An offer leaves the store the
 * moment it is answered, withdrawn or expired, so an answer to an offer not found here changes nothing.
 */
public record Offer(
        String offerId,
        String rosterId,
        String requestId,
        String interpreterId,
        int attempt,
        Instant madeAt,
        Instant deadline) {

    public Offer {
        Objects.requireNonNull(offerId, "offerId");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(interpreterId, "interpreterId");
        Objects.requireNonNull(deadline, "deadline");
    }
}

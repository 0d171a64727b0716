package org.interpreterline.dispatch.requests;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses a new request's reference: the first of its candidates ({@link SpokenReference#of(String, int)}) that no
 * request in the record holds, else the first that no open request holds. A reference thus never names two open
 * requests, and is not given again while the record has a request with it, unless all {@value #CANDIDATES}
 * candidates are taken, which the record makes unlikely until it holds hundreds of thousands of requests (at
 * n requests, (n / 32^4)^{@value #CANDIDATES}). Deterministic: a retried webhook gets the same reference, as long
 * as no other request took it in between.
 */
final class FreeReferences {

    static final int CANDIDATES = 8;
    private static final Logger log = LoggerFactory.getLogger(FreeReferences.class);

    /** What the chooser needs to know about a reference: the requests holding it. */
    interface Holders {
        /** The requests that held {@code reference}, with whether each is still open. */
        List<Holder> of(String reference);
    }

    record Holder(String requestId, boolean open) {
    }

    private FreeReferences() {
    }

    static SpokenReference choose(String requestId, Holders holders) {
        Optional<SpokenReference> freeOfOpen = Optional.empty();
        for (int variant = 0; variant < CANDIDATES; variant++) {
            SpokenReference candidate = SpokenReference.of(requestId, variant);
            List<Holder> others = holders.of(candidate.code()).stream()
                    .filter(h -> !h.requestId().equals(requestId)).toList();
            if (others.isEmpty()) {
                return candidate;
            }
            if (freeOfOpen.isEmpty() && others.stream().noneMatch(Holder::open)) {
                freeOfOpen = Optional.of(candidate);
            }
        }
        return freeOfOpen.orElseGet(() -> {
            SpokenReference first = SpokenReference.of(requestId);
            log.warn("Request {}: every candidate reference is held by an open request; {} is shared", requestId,
                    first);
            return first;
        });
    }
}

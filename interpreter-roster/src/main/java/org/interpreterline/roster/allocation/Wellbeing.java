package org.interpreterline.roster.allocation;

import java.time.Duration;
import java.time.Instant;
import org.interpreterline.events.InterpreterStatus;
import org.interpreterline.events.dispatch.ToughCallReported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks after interpreters: counts their tough calls (flagged by the officer, or reported by the
 * interpreter texting TOUGH) and night calls, gives a longer wrap-up after a tough call, and tells
 * {@link Candidates} who rests from flagged calls. The only writer of {@link AllocatorTopology#EXPOSURE_STORE}.
 */
final class Wellbeing {

    private static final Logger log = LoggerFactory.getLogger(Wellbeing.class);

    private final RosterStores stores;
    private final Bookings bookings;
    private final Announcer out;
    private final AllocationPolicy policy;

    Wellbeing(RosterStores stores, Bookings bookings, Announcer out, AllocationPolicy policy) {
        this.stores = stores;
        this.bookings = bookings;
        this.out = out;
        this.policy = policy;
    }

    /** They accepted: a night call counts from its acceptance, so the next night offer already sees it. */
    void accepted(Request request, String interpreterId, Instant now) {
        if (policy.wellbeing().night(now)) {
            stores.put(stores.exposure(interpreterId).nightCall(now, policy.wellbeing()));
            log.info("request {}: a night call for {}", request.label(), interpreterId);
        }
    }

    /**
     * Their call on {@code request} is over: counted if it was tough, and the wrap-up they get before the next offer.
     */
    Duration callEnded(Request request, String interpreterId, Instant now) {
        Exposure before = stores.exposure(interpreterId);
        Exposure after = before.callEnded(request.requestId(), request.details().flagged(), now, policy.wellbeing());
        stores.put(after);
        if (!after.lastCounted()) {
            return policy.wrapUp();
        }
        WellbeingPolicy w = policy.wellbeing();
        log.info("request {}: a tough call for {} ({}), {} within {}; wrap-up {}{}", request.label(), interpreterId,
                request.details().flagged() ? "flagged " + request.details().flags() : "reported by them",
                after.toughCallsWithin(w, now), w.toughWindow(), longer(),
                after.resting(w, now) ? ", offered only unflagged calls until " + after.restingUntil(w, now) : "");
        return longer();
    }

    /** TOUGH texted: counts their current or latest call (once); a wrap-up under way becomes the longer one. */
    void toughReported(ToughCallReported reported) {
        Interpreter i = stores.interpreter(reported.interpreterId());
        if (i == null) {
            log.warn("TOUGH from unknown interpreter {} ignored", reported.interpreterId());
            return;
        }
        Instant now = out.now();
        Exposure before = stores.exposure(i.interpreterId());
        if (i.status() == InterpreterStatus.ON_CALL && i.requestId() != null) {
            stores.put(before.reportedDuring(i.requestId()));
            log.info("{} reported their call as tough during it: counted when it ends", i.label());
            return;
        }
        Exposure after = before.lastCallReported(now, policy.wellbeing());
        if (after == before) {
            log.info("{} texted TOUGH: {}", i.label(), before.lastRequestId() == null ? "no call of theirs to count"
                    : "their latest call is counted already");
            return;
        }
        stores.put(after);
        log.info("{} reported their latest call as tough: {} within {}", i.label(),
                after.toughCallsWithin(policy.wellbeing(), now), policy.wellbeing().toughWindow());
        if (i.status() == InterpreterStatus.WRAP_UP && i.wrapUpUntil() != null) {
            // the wrap-up they started becomes the longer one, counted from its start
            Instant longerUntil = i.wrapUpUntil().minus(policy.wrapUp()).plus(longer());
            if (longerUntil.isAfter(i.wrapUpUntil())) {
                bookings.update(i, i.wrappingUp(longerUntil, now), "wrap-up extended after a tough call");
            }
        }
    }

    private Duration longer() {
        Duration tough = policy.wellbeing().toughWrapUp();
        return tough.compareTo(policy.wrapUp()) > 0 ? tough : policy.wrapUp();
    }
}

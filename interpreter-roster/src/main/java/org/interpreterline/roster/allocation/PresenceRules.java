package org.interpreterline.roster.allocation;

import java.time.Instant;
import org.interpreterline.events.InterpreterStatus;
import org.interpreterline.events.dispatch.PresenceRequested;
import org.interpreterline.events.roster.OfferWithdrawn;
import org.interpreterline.events.roster.SetPresence;
import org.interpreterline.platform.phone.PhoneMask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ON / OFF / BREAK, texted by the interpreter or set by an administrator, and the end of wrap-up. A wish made
 * during a call is kept and applied when wrap-up ends, so nobody is pulled out of a call.
 */
final class PresenceRules {

    /** The interpreter went away while ringing (OFF/BREAK, or removed from the roster). */
    static final OfferWithdrawn.Reason INTERPRETER_LEFT = OfferWithdrawn.Reason.INTERPRETER_UNAVAILABLE;

    private static final Logger log = LoggerFactory.getLogger(PresenceRules.class);

    private final RosterStores stores;
    private final Bookings bookings;
    private final Matchmaker matchmaker;
    private final Announcer out;

    PresenceRules(RosterStores stores, Bookings bookings, Matchmaker matchmaker, Announcer out) {
        this.stores = stores;
        this.bookings = bookings;
        this.matchmaker = matchmaker;
        this.out = out;
    }

    void requested(PresenceRequested requested) {
        InterpreterStatus wanted = switch (requested.requested()) {
            case ON -> InterpreterStatus.AVAILABLE;
            case OFF -> InterpreterStatus.OFFLINE;
            case BREAK -> InterpreterStatus.BREAK;
        };
        apply(requested.interpreterId(), wanted, "texted " + requested.requested());
    }

    void set(SetPresence set) {
        switch (set.status()) {
            case AVAILABLE, OFFLINE, BREAK -> apply(set.interpreterId(), set.status(), "set by an administrator");
            case OFFERED, ON_CALL, WRAP_UP, PAUSED ->
                    // these follow from offers and calls; an administrator cannot fake them
                    log.warn("SetPresence {} for {} ignored: only AVAILABLE, OFFLINE or BREAK can be set",
                            set.status(), set.interpreterId());
        }
    }

    private void apply(String interpreterId, InterpreterStatus wanted, String why) {
        Interpreter i = stores.interpreter(interpreterId);
        if (i == null) {
            log.warn("presence {} ({}) for unknown interpreter {} ignored", wanted, why, interpreterId);
            return;
        }
        Instant now = out.now();
        switch (i.status()) {
            case ON_CALL, WRAP_UP -> {
                InterpreterStatus wish = wanted == InterpreterStatus.AVAILABLE ? null : wanted;
                stores.put(i.wishing(wish, now));
                log.info("{} ({}) {} during a call: {} once wrap-up ends", i.label(), PhoneMask.mask(i.phone()), why,
                        wish == null ? InterpreterStatus.AVAILABLE : wish);
            }
            case OFFERED -> {
                if (wanted != InterpreterStatus.AVAILABLE) {
                    leaveWhileOffered(i, wanted, why);
                }
            }
            case AVAILABLE -> {
                if (wanted != InterpreterStatus.AVAILABLE) {
                    bookings.update(i, i.away(wanted, i.missedInARow(), now), why);
                }
            }
            case OFFLINE, BREAK, PAUSED -> {
                if (wanted == i.status()) {
                    return;
                }
                if (wanted == InterpreterStatus.AVAILABLE) {
                    // back on: a fresh start, idle from now
                    bookings.update(i, i.available(now, 0, now), why);
                    matchmaker.place(interpreterId);
                } else {
                    bookings.update(i, i.away(wanted, i.missedInARow(), now), why);
                }
            }
        }
    }

    /** OFF or BREAK while the phone rings: the offer goes (not a miss, they said so) and the request moves on. */
    private void leaveWhileOffered(Interpreter i, InterpreterStatus wanted, String why) {
        Offer offer = stores.offer(i.offerId());
        Bookings.Closed closed = offer == null ? null : bookings.withdraw(offer, INTERPRETER_LEFT);
        Interpreter now = stores.interpreter(i.interpreterId());
        String what = closed == null || closed.request() == null ? "" : " while offered request "
                + closed.request().label();
        bookings.update(now, now.away(wanted, now.missedInARow(), out.now()), why + what);
        if (closed != null) {
            matchmaker.fill(closed.offer().requestId());
        }
    }

    /** Wrap-up is over: AVAILABLE (idle from now), or what they asked for during the call. */
    void wrapUpEnded(String interpreterId) {
        Interpreter i = stores.interpreter(interpreterId);
        Instant now = out.now();
        if (i == null || i.status() != InterpreterStatus.WRAP_UP
                || (i.wrapUpUntil() != null && i.wrapUpUntil().isAfter(now))) {
            return;
        }
        if (i.wish() == null) {
            bookings.update(i, i.available(now, i.missedInARow(), now), "wrap-up over");
            matchmaker.place(interpreterId);
        } else {
            bookings.update(i, i.away(i.wish(), i.missedInARow(), now), "wrap-up over, "
                    + i.wish().name().toLowerCase(java.util.Locale.ROOT) + " as asked during the call");
        }
    }
}

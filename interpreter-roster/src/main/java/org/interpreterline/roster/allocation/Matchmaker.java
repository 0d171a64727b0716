package org.interpreterline.roster.allocation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.interpreterline.events.InterpreterStatus;
import org.interpreterline.events.roster.OfferWithdrawn;
import org.interpreterline.events.roster.RequestEscalated;
import org.interpreterline.events.roster.RequestQueued;
import org.interpreterline.platform.phone.PhoneMask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides who is offered what. Its two entry points keep the allocator's promise that nobody idles while
 * someone waits: {@link #fill} whenever a request may take another offer, {@link #place} whenever an
 * interpreter becomes AVAILABLE.
 */
final class Matchmaker {

    private static final Logger log = LoggerFactory.getLogger(Matchmaker.class);

    private final RosterStores stores;
    private final Bookings bookings;
    private final Announcer out;
    private final AllocationPolicy policy;
    private final Candidates candidates;
    private final WaitingLine line;

    Matchmaker(RosterStores stores, Bookings bookings, Announcer out, AllocationPolicy policy) {
        this.stores = stores;
        this.bookings = bookings;
        this.out = out;
        this.policy = policy;
        this.candidates = new Candidates(stores, policy.wellbeing());
        this.line = new WaitingLine(stores.requestStore());
    }

    boolean anySpeaker(Request request) {
        return candidates.anySpeaker(request);
    }

    /**
     * Offers a waiting request to the best candidates until parallelRing ring at once. If nobody rings:
     * escalate when every speaker who could take it has said no, and wait in line.
     */
    void fill(String requestId) {
        Request r = stores.request(requestId);
        if (r == null || !r.waiting()) {
            return;
        }
        while (r.liveOffers().size() < policy.parallelRing()) {
            List<Interpreter> next = candidates.forRequest(r, out.now());
            if (next.isEmpty()) {
                break;
            }
            r = bookings.offer(r, next.getFirst());
        }
        if (!r.liveOffers().isEmpty()) {
            return;
        }
        if (r.waitsForPreferred()) {
            return; // waits for the interpreter from last time alone, not in the line (ReturningInterpreter)
        }
        if (!r.tried().isEmpty() && !r.escalatedFor(RequestEscalated.Reason.ALL_DECLINED)
                && !candidates.untriedOnDuty(r)) {
            r = escalate(r, RequestEscalated.Reason.ALL_DECLINED);
            if (!r.waiting()) {
                return;
            }
        }
        if (!r.queued()) {
            queue(r);
        }
    }

    /** Offers an AVAILABLE interpreter the best waiting request they can take, if there is one. */
    void place(String interpreterId) {
        Interpreter i = stores.interpreter(interpreterId);
        if (i == null || i.status() != InterpreterStatus.AVAILABLE || i.offerId() != null) {
            return;
        }
        line.bestFor(i, policy.parallelRing()).ifPresent(r -> bookings.offer(r, i));
    }

    /**
     * Sends the request to the fallback provider. With a fallback number the request is closed and its offers
     * withdrawn; without one the event only tells people, and the request keeps waiting (and ringing).
     */
    Request escalate(Request request, RequestEscalated.Reason reason) {
        return escalate(request, reason, List.of());
    }

    /**
     * As {@link #escalate(Request, RequestEscalated.Reason)}, when {@code freedBefore} were freed by the same event
     * and not yet offered anything: they are placed together with those its withdrawn offers free, in the order one
     * request would choose (else the ones freed first would take the waiting requests before fairer candidates).
     */
    Request escalate(Request request, RequestEscalated.Reason reason, List<Interpreter> freedBefore) {
        Instant now = out.now();
        RequestDetails d = request.details();
        // a relay's officer is already on a call with an interpreter (and a pair's relay may be): nobody is transferred
        boolean transfer = policy.hasFallback() && d.transferable();
        out.publish(request.rosterId(), new RequestEscalated(out.newEventId(), now, request.rosterId(),
                request.requestId(), d.language(), d.channel(), reason, transfer ? policy.fallbackNumber() : null,
                d.requesterPhone(), d.requesterCallSid()));
        Request r = request.escalated(reason);
        if (!transfer) {
            stores.put(r);
            log.info("request {} escalated ({}) but {}: it keeps waiting", r.label(), words(reason),
                    d.transferable() ? "no fallback number is configured" : "it is part of a relay");
            return r;
        }
        r = r.closed(Request.Stage.ESCALATED, now);
        stores.put(r);
        log.info("request {} escalated to the fallback provider {} ({})", r.label(),
                PhoneMask.mask(policy.fallbackNumber()), words(reason));
        withdraw(offersOf(r), OfferWithdrawn.Reason.REQUEST_ESCALATED, r.label(), freedBefore);
        return stores.request(r.requestId());
    }

    /**
     * Withdraws every live offer of a request that no longer needs them; the interpreters are AVAILABLE again
     * (it was not their doing, so nothing counts as missed) and are offered whatever else waits.
     */
    void withdrawAll(Request request, OfferWithdrawn.Reason reason) {
        withdraw(offersOf(request), reason, request.label());
    }

    private List<Offer> offersOf(Request request) {
        return request.liveOffers().stream().map(stores::offer).filter(java.util.Objects::nonNull).toList();
    }

    void withdraw(List<Offer> offers, OfferWithdrawn.Reason reason, String requestLabel) {
        withdraw(offers, reason, requestLabel, List.of());
    }

    private void withdraw(List<Offer> offers, OfferWithdrawn.Reason reason, String requestLabel,
            List<Interpreter> freedBefore) {
        List<Interpreter> freed = new ArrayList<>(freedBefore);
        for (Offer offer : offers) {
            Bookings.Closed closed = bookings.withdraw(offer, reason);
            Interpreter i = closed.interpreter();
            if (i != null && i.status() == InterpreterStatus.OFFERED) {
                freed.add(bookings.update(i, i.available(i.availableSince(), i.missedInARow(), out.now()),
                        "offer of request " + requestLabel + " withdrawn (" + words(reason) + ")"));
            }
        }
        // those resting from flagged calls last, and at night fewer night calls first: as one request would choose
        freed.stream().sorted(candidates.order(true, out.now())).forEach(i -> place(i.interpreterId()));
    }

    private void queue(Request request) {
        int position = line.position(request);
        out.publish(request.rosterId(), new RequestQueued(out.newEventId(), out.now(), request.rosterId(),
                request.requestId(), request.language(), position));
        stores.put(request.inLine());
        log.info("request {} queued at position {}: nobody who speaks {} is free", request.label(), position,
                request.language());
    }

    static String words(RequestEscalated.Reason reason) {
        return switch (reason) {
            case NO_INTERPRETER_FOR_LANGUAGE -> "nobody on the roster speaks the language";
            case ALL_DECLINED -> "every interpreter who could take it was tried";
            case WAITED_TOO_LONG -> "waited too long";
            case TWILIO_UNAVAILABLE -> "the line cannot ring anyone, Twilio is failing";
        };
    }

    static String words(OfferWithdrawn.Reason reason) {
        return switch (reason) {
            case EXPIRED -> "expired";
            case REQUEST_CANCELLED -> "request cancelled";
            case FILLED_BY_ANOTHER -> "another interpreter accepted";
            case REQUEST_ESCALATED -> "request escalated";
            case INTERPRETER_UNAVAILABLE -> "interpreter went off duty";
        };
    }
}

package org.interpreterline.roster.allocation;

import java.time.Instant;
import java.util.Objects;
import org.interpreterline.events.InterpreterStatus;
import org.interpreterline.events.roster.InterpreterStatusChanged;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.events.roster.OfferWithdrawn;
import org.interpreterline.events.roster.RequestAssigned;
import org.interpreterline.platform.phone.PhoneMask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The changes that touch an interpreter and a request together (offer, close, assign) and every change of
 * an interpreter. Both sides are written in one place so neither can hold a booking the other doesn't know,
 * and every change is announced: a status event when the status moves, a snapshot always.
 * Decides nothing: who gets what is {@link Matchmaker}'s job.
 */
final class Bookings {

    private static final Logger log = LoggerFactory.getLogger(Bookings.class);

    /** What a closed offer leaves behind, re-read from the stores (either side may be gone). */
    record Closed(Offer offer, Request request, Interpreter interpreter) {
    }

    private final RosterStores stores;
    private final Announcer out;
    private final AllocationPolicy policy;
    private final OfferTally tally;

    Bookings(RosterStores stores, Announcer out, AllocationPolicy policy, OfferTally tally) {
        this.stores = stores;
        this.out = out;
        this.policy = policy;
        this.tally = tally;
    }

    /** Offers the request to the interpreter until now + offerTimeout; returns the request as it now stands. */
    Request offer(Request request, Interpreter interpreter) {
        if (!request.waiting() || interpreter.status() != InterpreterStatus.AVAILABLE || interpreter.offerId() != null
                || request.liveOffers().size() >= policy.parallelRing()) {
            // the callers check all this; failing loudly beats a double booking
            throw new IllegalStateException("Cannot offer request " + request.label() + " (" + request.stage()
                    + ", " + request.liveOffers().size() + " live offers) to " + interpreter.label() + " ("
                    + interpreter.status() + ")");
        }
        Instant now = out.now();
        Offer offer = new Offer(java.util.UUID.randomUUID().toString(), request.rosterId(), request.requestId(),
                interpreter.interpreterId(), request.attempts() + 1, now, now.plus(policy.offerTimeout()));
        Request offered = request.offered(offer);
        stores.put(offer);
        stores.put(offered);
        RequestDetails d = request.details();
        out.publish(request.rosterId(), new OfferMade(out.newEventId(), now, request.rosterId(), request.requestId(),
                offer.offerId(), interpreter.interpreterId(), interpreter.name(), interpreter.phone(), d.language(),
                d.agency(), d.priority(), d.note(), d.channel(), d.requesterPhone(), d.requesterCallSid(),
                d.conferenceName(), offer.deadline(), offer.attempt(), d.flags(), d.roster()));
        log.info("request {} offered to {}, attempt {}, deadline {}s", request.label(), interpreter.label(),
                offer.attempt(), policy.offerTimeout().toSeconds());
        update(interpreter, interpreter.offered(offer.offerId(), now), "offered request " + request.label());
        return offered;
    }

    /**
     * Takes a live offer off both sides, and counts how it ended (every offer ends here, once). The interpreter
     * is left with their old status and must be given the next one by the caller through {@link #update}.
     */
    Closed close(Offer offer, OfferEnd end) {
        Instant now = out.now();
        stores.forget(offer);
        tally.closed(offer, end);
        Request request = stores.request(offer.requestId());
        if (request != null) {
            request = request.offerClosed(offer.offerId());
            stores.put(request);
        }
        Interpreter interpreter = stores.interpreter(offer.interpreterId());
        if (interpreter != null && offer.offerId().equals(interpreter.offerId())) {
            interpreter = interpreter.offerClosed(now);
            stores.put(interpreter);
        }
        return new Closed(offer, request, interpreter);
    }

    /** Like {@link #close}, and tells notification-service to stop ringing (or to turn away a late "1"). */
    Closed withdraw(Offer offer, OfferWithdrawn.Reason reason) {
        out.publish(offer.rosterId(), new OfferWithdrawn(out.newEventId(), out.now(), offer.rosterId(),
                offer.requestId(), offer.offerId(), offer.interpreterId(), reason));
        Closed closed = close(offer, OfferEnd.of(reason));
        log.info("offer of request {} to {} withdrawn: {}", closed.request() == null ? offer.requestId()
                : closed.request().label(), closed.interpreter() == null ? offer.interpreterId()
                : closed.interpreter().label(), reason);
        return closed;
    }

    /** The interpreter accepted a live offer: the request is theirs and they are ON_CALL. */
    Closed assign(Offer offer) {
        Instant now = out.now();
        Closed closed = close(offer, OfferEnd.ACCEPTED);
        Request assigned = closed.request().assigned(offer, now);
        stores.put(assigned);
        Interpreter interpreter = closed.interpreter();
        RequestDetails d = assigned.details();
        out.publish(assigned.rosterId(), new RequestAssigned(out.newEventId(), now, assigned.rosterId(),
                assigned.requestId(), offer.offerId(), offer.interpreterId(),
                interpreter == null ? null : interpreter.name(), d.language(), d.channel(), d.requesterPhone(),
                d.conferenceName()));
        log.info("request {} assigned to {} (attempt {}, {}s after it opened)", assigned.label(),
                interpreter == null ? offer.interpreterId() : interpreter.label(), offer.attempt(),
                java.time.Duration.between(d.openedAt(), now).toSeconds());
        Interpreter onCall = interpreter == null ? null
                : update(interpreter, interpreter.onCall(assigned.requestId(), now), "accepted request "
                        + assigned.label());
        return new Closed(offer, assigned, onCall);
    }

    /**
     * Stores the interpreter's new state and announces it. {@code before} is null for someone new.
     *
     * @param reason words a supervisor reads, e.g. "3 offers missed in a row"
     */
    Interpreter update(Interpreter before, Interpreter after, String reason) {
        stores.put(after);
        InterpreterStatus previous = before == null ? null : before.status();
        if (previous != after.status()) {
            out.publish(after.rosterId(), new InterpreterStatusChanged(out.newEventId(), out.now(), after.rosterId(),
                    after.interpreterId(), after.phone(), previous, after.status(), reason));
            log.info("{} ({}): {} -> {}, {}", after.label(), PhoneMask.mask(after.phone()),
                    previous == null ? "new" : previous, after.status(), reason);
        } else if (!Objects.equals(before.snapshot(), after.snapshot())) {
            log.info("{} ({}) stays {}: {}", after.label(), PhoneMask.mask(after.phone()), after.status(), reason);
        }
        out.snapshot(after);
        return after;
    }

    /** Takes the interpreter off the roster; a tombstone tells the other services. */
    void remove(Interpreter interpreter, String reason) {
        stores.forget(interpreter);
        if (interpreter.status() != InterpreterStatus.OFFLINE) {
            out.publish(interpreter.rosterId(), new InterpreterStatusChanged(out.newEventId(), out.now(),
                    interpreter.rosterId(), interpreter.interpreterId(), interpreter.phone(), interpreter.status(),
                    InterpreterStatus.OFFLINE, reason));
        }
        out.removed(interpreter);
        log.info("{} ({}) {}", interpreter.label(), PhoneMask.mask(interpreter.phone()), reason);
    }
}

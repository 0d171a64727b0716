package org.interpreterline.roster.allocation;

import java.time.Instant;
import org.interpreterline.events.InterpreterStatus;
import org.interpreterline.events.notification.OfferAnswered;
import org.interpreterline.events.notification.OfferNotAnswered;
import org.interpreterline.events.roster.OfferWithdrawn;
import org.interpreterline.events.roster.RequestEscalated;
import org.interpreterline.events.roster.SameInterpreterOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What becomes of a live offer: accepted, declined, excused for a conflict of interest, not answered, or expired. An answer to an offer that no
 * longer stands changes no booking: notification-service tells a late interpreter they are not needed.
 */
final class OfferOutcomes {

    private static final Logger log = LoggerFactory.getLogger(OfferOutcomes.class);

    private final RosterStores stores;
    private final Bookings bookings;
    private final Matchmaker matchmaker;
    private final Announcer out;
    private final AllocationPolicy policy;
    private final ReturningInterpreter returning;
    private final Wellbeing wellbeing;

    OfferOutcomes(RosterStores stores, Bookings bookings, Matchmaker matchmaker, Announcer out,
            AllocationPolicy policy, ReturningInterpreter returning, Wellbeing wellbeing) {
        this.returning = returning;
        this.wellbeing = wellbeing;
        this.stores = stores;
        this.bookings = bookings;
        this.matchmaker = matchmaker;
        this.out = out;
        this.policy = policy;
    }

    void answered(OfferAnswered answer) {
        Offer offer = live(answer.offerId(), answer.answer().name(), answer.interpreterId());
        if (offer == null) {
            return;
        }
        switch (answer.answer()) {
            case ACCEPTED -> accepted(offer);
            case DECLINED -> declined(offer);
            case CONFLICT -> excused(offer);
        }
    }

    void notAnswered(OfferNotAnswered notAnswered) {
        if (stores.offer(notAnswered.offerId()) == null && leftBeforeTheBridge(notAnswered)) {
            return;
        }
        Offer offer = live(notAnswered.offerId(), notAnswered.outcome().name(), notAnswered.interpreterId());
        if (offer == null) {
            return;
        }
        switch (notAnswered.outcome()) {
            case TWILIO_UNAVAILABLE, TWILIO_FAILED -> notRungByTwilio(offer, notAnswered.outcome());
            case NO_ANSWER, BUSY, FAILED, VOICEMAIL, SILENT, HUNG_UP ->
                    missed(bookings.close(offer, OfferEnd.of(notAnswered.outcome())), describe(notAnswered.outcome()));
        }
    }

    /**
     * Twilio, not the interpreter, kept them from being rung: no miss of theirs (a bad minute or an outage at Twilio
     * must not pause the roster), and the request tries its next candidate. When Twilio keeps failing
     * ({@code TWILIO_UNAVAILABLE}, the breaker is open) the request also goes to the fallback at once instead of
     * working through every interpreter while nobody can be rung; without a fallback it stays in line, and the breaker
     * lets a dial through again after a while, so the line recovers by itself. A dial Twilio failed on every try while
     * it answers other requests ({@code TWILIO_FAILED}) escalates nothing: should it keep failing, the breaker opens.
     */
    private void notRungByTwilio(Offer offer, OfferNotAnswered.Outcome outcome) {
        Bookings.Closed closed = bookings.close(offer, OfferEnd.of(outcome));
        returning.notTaken(offer, SameInterpreterOutcome.Outcome.NOT_ANSWERED);
        Request request = stores.request(offer.requestId()); // as it stands now the offer is closed
        String label = request == null ? offer.requestId() : request.label();
        log.warn("request {}: {} {}; not counted as their miss", label,
                closed.interpreter() == null ? offer.interpreterId() : closed.interpreter().label(), describe(outcome));
        Interpreter freed = freeWithoutAMiss(closed.interpreter(), describe(outcome) + " for request " + label);
        if (outcome == OfferNotAnswered.Outcome.TWILIO_UNAVAILABLE && request != null && request.waiting()
                && !request.escalatedFor(RequestEscalated.Reason.TWILIO_UNAVAILABLE)) {
            // placed with those the escalation frees: at night the one with fewer night calls is offered first
            matchmaker.escalate(request, RequestEscalated.Reason.TWILIO_UNAVAILABLE,
                    freed == null ? java.util.List.of() : java.util.List.of(freed));
        }
        moveOn(closed);
    }

    /**
     * The call of an offer already accepted ended before its interpreter was bridged (the bridge could not wait for
     * a roster that was down, or they hung up while waiting): they are not on the request, so it waits again and
     * goes to the next interpreter. Not a miss: they did answer.
     */
    private boolean leftBeforeTheBridge(OfferNotAnswered notAnswered) {
        Request request = stores.request(notAnswered.requestId());
        if (request == null || request.stage() != Request.Stage.ASSIGNED
                || !notAnswered.offerId().equals(request.offerId())) {
            return false;
        }
        Request waiting = request.unassigned();
        stores.put(waiting);
        Interpreter i = stores.interpreter(request.interpreterId());
        log.info("request {}: {} left before the bridge ({}); offering it again", request.label(),
                i == null ? request.interpreterId() : i.label(), describe(notAnswered.outcome()));
        if (i != null && i.status() == InterpreterStatus.ON_CALL && request.requestId().equals(i.requestId())) {
            bookings.update(i, i.available(i.availableSince(), 0, out.now()), "left request " + request.label()
                    + " before the bridge");
        }
        matchmaker.fill(request.requestId());
        matchmaker.place(request.interpreterId());
        return true;
    }

    /**
     * The deadline passed and nobody reported how the call went. The ring timeout and the accept prompt end well
     * before the deadline, so an interpreter who did not answer is reported as such; silence means the line itself
     * did not hear back (notification-service down, say). The request moves on, but the interpreter is not
     * counted a miss: an outage must not pause the whole roster.
     */
    void expired(Offer offer) {
        Bookings.Closed closed = bookings.withdraw(offer, OfferWithdrawn.Reason.EXPIRED);
        Interpreter i = closed.interpreter();
        String label = closed.request() == null ? offer.requestId() : closed.request().label();
        log.info("request {}: offer to {} expired with no answer reported", label,
                i == null ? offer.interpreterId() : i.label());
        freeWithoutAMiss(i, "offer of request " + label + " expired with no answer reported");
        returning.notTaken(offer, SameInterpreterOutcome.Outcome.NOT_ANSWERED);
        moveOn(closed);
    }

    /** Available again with their run of misses as it was: what ended the offer was not theirs to answer for. */
    private Interpreter freeWithoutAMiss(Interpreter i, String why) {
        return i == null ? null : bookings.update(i, i.available(i.availableSince(), i.missedInARow(), out.now()), why);
    }

    private Offer live(String offerId, String what, String interpreterId) {
        Offer offer = stores.offer(offerId);
        if (offer == null) {
            log.info("{} from {} for offer {} ignored: that offer no longer stands", what, interpreterId, offerId);
        }
        return offer;
    }

    private void accepted(Offer offer) {
        Request request = stores.request(offer.requestId());
        if (request == null || !request.waiting()) {
            // cannot happen while offers die with their request; if it does, don't book a dead request
            log.warn("offer {} accepted but its request {} is {}: withdrawing it", offer.offerId(),
                    offer.requestId(), request == null ? "unknown" : request.stage());
            matchmaker.withdraw(java.util.List.of(offer), reasonFor(request), offer.requestId());
            return;
        }
        returning.accepted(offer);
        Bookings.Closed assigned = bookings.assign(offer);
        wellbeing.accepted(assigned.request(), offer.interpreterId(), out.now());
        matchmaker.withdrawAll(assigned.request(), OfferWithdrawn.Reason.FILLED_BY_ANOTHER);
    }

    private void declined(Offer offer) {
        Instant now = out.now();
        Bookings.Closed closed = bookings.close(offer, OfferEnd.DECLINED);
        Interpreter i = closed.interpreter();
        String label = closed.request() == null ? offer.requestId() : closed.request().label();
        log.info("request {} declined by {}", label, i == null ? offer.interpreterId() : i.label());
        if (i != null) {
            // they answered: the run of misses is over, and declining is no reason to lose their place
            bookings.update(i, i.available(i.availableSince(), 0, now), "declined request " + label);
        }
        returning.notTaken(offer, SameInterpreterOutcome.Outcome.DECLINED);
        moveOn(closed);
    }

    /**
     * They know the person (or another conflict of interest): the next interpreter is offered at once, they are
     * never offered this request again, and it is no miss of theirs.
     */
    private void excused(Offer offer) {
        Request request = stores.request(offer.requestId());
        if (request != null) {
            stores.put(request.excusing(offer.interpreterId()));
        }
        Bookings.Closed closed = bookings.close(offer, OfferEnd.CONFLICT);
        Interpreter i = closed.interpreter();
        String label = closed.request() == null ? offer.requestId() : closed.request().label();
        log.info("request {}: {} cannot take it (conflict of interest); offering the next interpreter", label,
                i == null ? offer.interpreterId() : i.label());
        if (i != null) {
            bookings.update(i, i.available(i.availableSince(), 0, out.now()), "excused from request " + label);
        }
        returning.notTaken(offer, SameInterpreterOutcome.Outcome.CONFLICT);
        moveOn(closed);
    }

    private void missed(Bookings.Closed closed, String how) {
        Instant now = out.now();
        Interpreter i = closed.interpreter();
        String label = closed.request() == null ? closed.offer().requestId() : closed.request().label();
        log.info("request {} missed by {}: {}", label, i == null ? closed.offer().interpreterId() : i.label(), how);
        if (i != null) {
            int missed = i.missedInARow() + 1;
            if (missed >= policy.missedOffersBeforePause()) {
                bookings.update(i, i.away(org.interpreterline.events.InterpreterStatus.PAUSED, missed, now),
                        missed + " offers missed in a row");
            } else {
                bookings.update(i, i.available(i.availableSince(), missed, now),
                        "missed request " + label + " (" + how + ")");
            }
        }
        returning.notTaken(closed.offer(), SameInterpreterOutcome.Outcome.NOT_ANSWERED);
        moveOn(closed);
    }

    /** The request tries its next candidate at once; then the interpreter, if free, gets whatever else waits. */
    private void moveOn(Bookings.Closed closed) {
        matchmaker.fill(closed.offer().requestId());
        matchmaker.place(closed.offer().interpreterId());
    }

    private static OfferWithdrawn.Reason reasonFor(Request request) {
        if (request == null) {
            return OfferWithdrawn.Reason.REQUEST_CANCELLED;
        }
        return switch (request.stage()) {
            case ASSIGNED, ENDED, WAITING -> OfferWithdrawn.Reason.FILLED_BY_ANOTHER;
            case CANCELLED -> OfferWithdrawn.Reason.REQUEST_CANCELLED;
            case ESCALATED -> OfferWithdrawn.Reason.REQUEST_ESCALATED;
        };
    }

    private static String describe(OfferNotAnswered.Outcome outcome) {
        return switch (outcome) {
            case NO_ANSWER -> "no answer";
            case BUSY -> "line busy";
            case FAILED -> "call could not be placed";
            case VOICEMAIL -> "voicemail picked up";
            case SILENT -> "picked up but pressed nothing";
            case HUNG_UP -> "hung up without answering";
            case TWILIO_UNAVAILABLE -> "not rung: Twilio is failing";
            case TWILIO_FAILED -> "not rung: Twilio failed the dial";
        };
    }
}

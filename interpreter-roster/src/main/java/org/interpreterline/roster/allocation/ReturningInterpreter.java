package org.interpreterline.roster.allocation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.interpreterline.events.roster.SameInterpreterOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The officer asked for their interpreter from last time ({@code AGAIN}, voice menu 9): the request is offered to
 * that interpreter alone while they are AVAILABLE or become so within {@link AllocationPolicy#sameInterpreterWait()};
 * after a decline, a conflict, a ring-out or the end of the wait it goes to anyone as usual. Either way the outcome
 * is announced once ({@link SameInterpreterOutcome}) so the officer is told which happened. Decides only when the
 * preference ends; {@link Matchmaker} does the offering.
 */
final class ReturningInterpreter {

    private static final Logger log = LoggerFactory.getLogger(ReturningInterpreter.class);

    private final RosterStores stores;
    private final Announcer out;
    private final AllocationPolicy policy;

    ReturningInterpreter(RosterStores stores, Announcer out, AllocationPolicy policy) {
        this.stores = stores;
        this.out = out;
        this.policy = policy;
    }

    /**
     * A request just opened: if it names an interpreter who is on the roster and speaks its language, it waits for
     * them alone; otherwise it is for anyone at once, and the officer is told.
     */
    Request opened(Request request) {
        String wanted = request.details().preferredInterpreterId();
        if (wanted == null) {
            return request;
        }
        Interpreter i = stores.interpreter(wanted);
        if (i == null || !Candidates.mayTake(i, request) || !i.speaks(request.language())) {
            return end(request, wanted, SameInterpreterOutcome.Outcome.NOT_AVAILABLE, "no longer on the roster for "
                    + request.language());
        }
        Duration wait = waitFor(request);
        Request waiting = request.preferring(wanted, out.now().plus(wait));
        stores.put(waiting);
        log.info("request {}: offered to {}, the officer's interpreter from last time, alone for up to {}s",
                waiting.label(), i.label(), wait.toSeconds());
        return waiting;
    }

    /**
     * The configured wait, but at most half of the time after which the request goes to the fallback provider: an
     * emergency must still have time to be offered to anyone before that.
     */
    private Duration waitFor(Request request) {
        Duration half = policy.escalateAfter(request.priority()).dividedBy(2);
        return policy.sameInterpreterWait().compareTo(half) > 0 ? half : policy.sameInterpreterWait();
    }

    /** Their offer was accepted: they are coming. */
    void accepted(Offer offer) {
        Request request = stores.request(offer.requestId());
        if (request != null && request.waitsForPreferred() && request.preferred().equals(offer.interpreterId())) {
            end(request, offer.interpreterId(), SameInterpreterOutcome.Outcome.ACCEPTED, "accepted");
        }
    }

    /**
     * Their offer ended without an acceptance: the request is for anyone now. Someone who declined it is never
     * offered it again, not even in a new round of offers.
     */
    void notTaken(Offer offer, SameInterpreterOutcome.Outcome outcome) {
        Request request = stores.request(offer.requestId());
        if (request == null || !request.waitsForPreferred() || !request.preferred().equals(offer.interpreterId())) {
            return;
        }
        Request forAnyone = end(request, offer.interpreterId(), outcome, words(outcome));
        if (outcome == SameInterpreterOutcome.Outcome.DECLINED) {
            stores.put(forAnyone.excusing(offer.interpreterId()));
        }
    }

    /** Requests whose wait for their interpreter ran out without an offer to them: for anyone now. */
    List<Request> waitsOver(Instant now) {
        List<Request> due = stores.allRequests().stream()
                .filter(r -> r.waiting() && r.waitsForPreferred() && r.liveOffers().isEmpty())
                .filter(r -> r.preferredUntil() == null || !r.preferredUntil().isAfter(now))
                .sorted(WaitingLine.ORDER)
                .toList();
        return due.stream().map(r -> end(r, r.preferred(), SameInterpreterOutcome.Outcome.NOT_AVAILABLE,
                "was not free within " + waitFor(r).toSeconds() + "s")).toList();
    }

    private Request end(Request request, String interpreterId, SameInterpreterOutcome.Outcome outcome, String why) {
        Interpreter i = stores.interpreter(interpreterId);
        RequestDetails d = request.details();
        out.publish(request.rosterId(), new SameInterpreterOutcome(out.newEventId(), out.now(), request.rosterId(),
                request.requestId(), interpreterId, i == null ? null : i.name(), d.language(), d.channel(),
                d.requesterPhone(), outcome));
        Request forAnyone = request.forAnyone();
        stores.put(forAnyone);
        String who = i == null ? interpreterId : i.label();
        if (outcome.accepted()) {
            log.info("request {}: {}, the officer's interpreter from last time, accepted", request.label(), who);
        } else {
            log.info("request {}: the officer's interpreter from last time, {}, {}; offering it to anyone",
                    request.label(), who, why);
        }
        return forAnyone;
    }

    private static String words(SameInterpreterOutcome.Outcome outcome) {
        return switch (outcome) {
            case ACCEPTED -> "accepted";
            case DECLINED -> "declined";
            case CONFLICT -> "knows the person";
            case NOT_ANSWERED -> "did not answer";
            case NOT_AVAILABLE -> "is not available";
        };
    }
}

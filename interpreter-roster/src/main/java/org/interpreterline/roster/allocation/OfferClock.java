package org.interpreterline.roster.allocation;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.interpreterline.events.InterpreterStatus;
import org.interpreterline.events.roster.RequestEscalated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wall-clock punctuator. Deadlines are data in the stores (offer deadlines, wrap-up ends, request open
 * times), so a restart loses none: each tick acts on whatever is due by now.
 */
final class OfferClock {

    private static final Logger log = LoggerFactory.getLogger(OfferClock.class);
    private static final Duration HOUSEKEEPING_EVERY = Duration.ofMinutes(1);

    private final RosterStores stores;
    private final Matchmaker matchmaker;
    private final OfferOutcomes outcomes;
    private final PresenceRules presence;
    private final RequestLifecycle requests;
    private final ProcessedEvents processed;
    private final Announcer out;
    private final AllocationPolicy policy;
    private final ReturningInterpreter returning;
    /** In memory only: after a restart housekeeping just runs a little early. */
    private Instant lastHousekeeping = Instant.EPOCH;

    OfferClock(RosterStores stores, Matchmaker matchmaker, OfferOutcomes outcomes, PresenceRules presence,
            RequestLifecycle requests, ProcessedEvents processed, Announcer out, AllocationPolicy policy,
            ReturningInterpreter returning) {
        this.returning = returning;
        this.stores = stores;
        this.matchmaker = matchmaker;
        this.outcomes = outcomes;
        this.presence = presence;
        this.requests = requests;
        this.processed = processed;
        this.out = out;
        this.policy = policy;
    }

    void tick(long ignoredTimestamp) {
        Instant now = out.now();
        // escalations first: an offer expiring in the same tick must not be replaced by one withdrawn at once
        escalateLongWaits(now);
        expireOffers(now);
        returning.waitsOver(now).forEach(r -> matchmaker.fill(r.requestId()));
        startNewRounds(now);
        endOverdueCalls(now);
        endWrapUps(now);
        housekeeping(now);
    }

    private void escalateLongWaits(Instant now) {
        List<Request> due = stores.allRequests().stream()
                .filter(r -> r.waiting() && !r.escalatedFor(RequestEscalated.Reason.WAITED_TOO_LONG))
                .filter(r -> !r.details().openedAt().plus(policy.escalateAfter(r.priority())).isAfter(now))
                .sorted(WaitingLine.ORDER)
                .toList();
        for (Request r : due) {
            Request current = stores.request(r.requestId());
            if (current != null && current.waiting()) {
                matchmaker.escalate(current, RequestEscalated.Reason.WAITED_TOO_LONG);
            }
        }
    }

    private void expireOffers(Instant now) {
        List<Offer> due = stores.allOffers().stream()
                .filter(o -> !o.deadline().isAfter(now))
                .sorted(Comparator.comparing(Offer::deadline).thenComparing(Offer::offerId))
                .toList();
        for (Offer o : due) {
            if (stores.offer(o.offerId()) != null) {
                outcomes.expired(o);
            }
        }
    }

    /**
     * Without a fallback a request whose every possible interpreter said no (or let it ring, or could not be reached
     * while the line was down) would wait for someone new for ever: two offer timeouts after its last offer, all of
     * them are asked again. So is a relay, which is never sent to the fallback.
     */
    private void startNewRounds(Instant now) {
        List<Request> due = stores.allRequests().stream()
                // with a fallback, any other such request went to it
                .filter(r -> !policy.hasFallback() || !r.details().transferable())
                .filter(r -> r.waiting() && r.liveOffers().isEmpty() && r.anyoneToAskAgain())
                .filter(r -> r.escalatedFor(RequestEscalated.Reason.ALL_DECLINED) && r.lastOfferAt() != null)
                .filter(r -> !r.lastOfferAt().plus(policy.offerTimeout().multipliedBy(2)).isAfter(now))
                .sorted(WaitingLine.ORDER)
                .toList();
        for (Request r : due) {
            stores.put(r.newRound());
            log.info("request {}: every interpreter who could take it was tried and there is no fallback; asking "
                    + "them again", r.label());
            matchmaker.fill(r.requestId());
        }
    }

    private void endOverdueCalls(Instant now) {
        stores.allRequests().stream()
                .filter(r -> r.stage() == Request.Stage.ASSIGNED)
                .filter(r -> !r.callDeadline(policy.maxCall()).isAfter(now))
                .sorted(WaitingLine.ORDER)
                .forEach(requests::callOverdue);
    }

    private void endWrapUps(Instant now) {
        stores.allInterpreters().stream()
                .filter(i -> i.status() == InterpreterStatus.WRAP_UP)
                .filter(i -> i.wrapUpUntil() == null || !i.wrapUpUntil().isAfter(now))
                .sorted(Comparator.comparing(Interpreter::wrapUpUntil, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Interpreter::interpreterId))
                .map(Interpreter::interpreterId)
                .toList()
                .forEach(presence::wrapUpEnded);
    }

    private void housekeeping(Instant now) {
        if (Duration.between(lastHousekeeping, now).compareTo(HOUSEKEEPING_EVERY) < 0) {
            return;
        }
        lastHousekeeping = now;
        int events = processed.purge(now);
        int requests = stores.purgeClosedRequests(now.minus(ProcessedEvents.RETENTION));
        if (events > 0 || requests > 0) {
            log.info("forgot {} processed event id(s) and {} closed request(s) older than {}", events, requests,
                    ProcessedEvents.RETENTION);
        }
    }
}

package org.interpreterline.roster.allocation;

import java.time.Instant;
import java.util.List;
import org.interpreterline.events.Channel;
import org.interpreterline.events.InterpreterStatus;
import org.interpreterline.events.RequestConference;
import org.interpreterline.events.dispatch.RequestCancelled;
import org.interpreterline.events.dispatch.RequestFlagged;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.notification.ConferenceEnded;
import org.interpreterline.events.roster.OfferWithdrawn;
import org.interpreterline.events.roster.RequestEscalated;
import org.interpreterline.platform.phone.PhoneMask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A request opens, is cancelled, or its call ends (or is presumed over). */
final class RequestLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RequestLifecycle.class);

    private final RosterStores stores;
    private final Bookings bookings;
    private final Matchmaker matchmaker;
    private final Announcer out;
    private final AllocationPolicy policy;
    private final ReturningInterpreter returning;
    private final Wellbeing wellbeing;

    RequestLifecycle(RosterStores stores, Bookings bookings, Matchmaker matchmaker, Announcer out,
            AllocationPolicy policy, ReturningInterpreter returning, Wellbeing wellbeing) {
        this.returning = returning;
        this.wellbeing = wellbeing;
        this.stores = stores;
        this.bookings = bookings;
        this.matchmaker = matchmaker;
        this.out = out;
        this.policy = policy;
    }

    void open(RequestOpened opened, String rosterId) {
        Request known = stores.request(opened.requestId());
        if (known != null) {
            // Twilio retries webhooks, so dispatch-service may open the same request twice
            log.info("request {} opened again: already {}, ignored", known.label(), known.stage());
            return;
        }
        Request request = Request.opened(RequestDetails.of(opened, rosterId, out.now()));
        stores.put(request);
        log.info("request {} opened: {}, {}, {} from {}", request.label(), request.priority(),
                opened.channel().label(), opened.agency() == null ? "no agency" : opened.agency(),
                PhoneMask.mask(opened.requesterPhone()));
        request = returning.opened(request);
        if (!matchmaker.anySpeaker(request)) {
            request = matchmaker.escalate(request, RequestEscalated.Reason.NO_INTERPRETER_FOR_LANGUAGE);
        }
        // without a fallback it waits in line for someone who speaks it to come on
        matchmaker.fill(request.requestId());
    }

    /**
     * The officer flagged the request after it opened: later offers warn of it, and the interpreter who takes the call
     * counts it toward their exposure when it ends. An offer already out is warned by notification-service.
     */
    void flagged(RequestFlagged flagged) {
        Request request = stores.request(flagged.requestId());
        if (request == null || !(request.waiting() || request.stage() == Request.Stage.ASSIGNED)) {
            log.info("flags {} for request {} ignored: {}", flagged.flags(), flagged.requestId(),
                    request == null ? "not known" : "already " + request.stage());
            return;
        }
        Request more = request.flagged(flagged.flags());
        stores.put(more);
        log.info("request {} flagged by the officer: now {}", more.label(), more.details().flags());
    }

    /** A cancelled request's relays (its second interpreters) are cancelled with it. */
    void cancel(RequestCancelled cancelled) {
        withRelays(cancelled.requestId(), "request " + cancelled.requestId() + " cancelled", () -> cancelOne(cancelled));
    }

    private void cancelOne(RequestCancelled cancelled) {
        Request request = stores.request(cancelled.requestId());
        if (request == null) {
            log.info("cancellation of unknown request {} ignored", cancelled.requestId());
            return;
        }
        if (request.stage() == Request.Stage.ASSIGNED) {
            // dispatch-service cancels only requests not yet connected: the interpreter accepted, but the requester
            // left before the bridge; notification-service sends the interpreter away, the roster frees them
            Instant now = out.now();
            stores.put(request.closed(Request.Stage.CANCELLED, now));
            log.info("request {} cancelled ({}) after {} accepted: releasing them", request.label(),
                    cancelled.reason(), request.interpreterId());
            release(request, "request " + request.label() + " cancelled before the bridge", now, false);
            return;
        }
        if (!request.waiting()) {
            log.info("request {} cancelled ({}) but already {}: nothing changes", request.label(),
                    cancelled.reason(), request.stage());
            return;
        }
        Request closed = request.closed(Request.Stage.CANCELLED, out.now());
        stores.put(closed);
        log.info("request {} cancelled ({}), {} offer(s) to withdraw", closed.label(), cancelled.reason(),
                closed.liveOffers().size());
        matchmaker.withdrawAll(closed, OfferWithdrawn.Reason.REQUEST_CANCELLED);
    }

    /**
     * The call is over: its interpreter wraps up, then is AVAILABLE again (see {@link OfferClock}); so does the second
     * interpreter of a relay in the same call, and a relay still being looked for is cancelled.
     */
    void conferenceEnded(ConferenceEnded ended) {
        withRelays(ended.requestId(), "call for request " + ended.requestId() + " ended", () -> ended(ended));
    }

    /**
     * Does {@code hostChange} to a request and ends its relays with it: a relay still looked for is cancelled (its
     * offers withdrawn), an assigned one's interpreter wraps up. Every relay is closed before anyone is freed, so
     * nobody freed by the host's change is offered one.
     */
    private void withRelays(String hostId, String why, Runnable hostChange) {
        Instant now = out.now();
        List<Request> relays = relaysOf(hostId).stream()
                .filter(r -> r.waiting() || r.stage() == Request.Stage.ASSIGNED).toList();
        relays.forEach(r -> stores.put(r.closed(r.waiting() ? Request.Stage.CANCELLED : Request.Stage.ENDED, now)));
        hostChange.run();
        for (Request relay : relays) {
            if (relay.waiting()) {
                log.info("relay {} of request {} cancelled ({}); {} offer(s) to withdraw", relay.label(), hostId, why,
                        relay.liveOffers().size());
                matchmaker.withdrawAll(stores.request(relay.requestId()), OfferWithdrawn.Reason.REQUEST_CANCELLED);
            } else {
                log.info("relay {} of request {} ended ({})", relay.label(), hostId, why);
                release(relay, why + " (relay " + relay.label() + ")", now, true);
            }
        }
    }

    /** The second interpreters asked for a call in progress ({@code ALSO}): requests opened in its conference. */
    private List<Request> relaysOf(String requestId) {
        return stores.allRequests().stream()
                .filter(r -> RequestConference.relayOf(r.requestId(), r.details().conferenceName())
                        .filter(requestId::equals).isPresent())
                .toList();
    }

    private void ended(ConferenceEnded ended) {
        Request request = stores.request(ended.requestId());
        if (request != null && request.waiting() && request.details().channel() == Channel.VOICE) {
            callerLeft(request);
            return;
        }
        if (request == null || request.stage() != Request.Stage.ASSIGNED) {
            log.info("conference of request {} ended; request is {}: nothing to release", ended.requestId(),
                    request == null ? "unknown" : request.stage());
            return;
        }
        Instant now = out.now();
        stores.put(request.closed(Request.Stage.ENDED, now));
        log.info("request {} call ended", request.label());
        release(request, "call for request " + request.label() + " ended", now, true);
    }

    /**
     * A caller waits in their request's conference until the interpreter joins: its end means they left, whether
     * or not dispatch-service's cancellation comes too (it can be lost in a race with this very event). Nobody
     * may be bridged into it now.
     */
    private void callerLeft(Request request) {
        Request closed = request.closed(Request.Stage.CANCELLED, out.now());
        stores.put(closed);
        log.info("request {}: the caller's conference ended before an interpreter joined; {} offer(s) to withdraw",
                closed.label(), closed.liveOffers().size());
        matchmaker.withdrawAll(closed, OfferWithdrawn.Reason.REQUEST_CANCELLED);
    }

    /**
     * No ConferenceEnded came within the longest call the line allows (notification-service was down when
     * Twilio reported it, say): the call is presumed over, so its interpreter is not ON_CALL for ever.
     */
    void callOverdue(Request request) {
        Instant now = out.now();
        stores.put(request.closed(Request.Stage.ENDED, now));
        log.warn("request {}: no end of call heard {} after {} accepted; presuming it over", request.label(),
                policy.maxCall(), request.interpreterId());
        release(request, "no end of call heard for request " + request.label() + " within " + policy.maxCall(),
                now, true);
    }

    /**
     * The interpreter on this request wraps up, then is AVAILABLE again (see {@link OfferClock}); after a call that
     * took place ({@code talked}) and was tough, for longer ({@link Wellbeing}).
     */
    private void release(Request request, String why, Instant now, boolean talked) {
        Interpreter i = stores.interpreter(request.interpreterId());
        if (i != null && i.status() == InterpreterStatus.ON_CALL && request.requestId().equals(i.requestId())) {
            java.time.Duration wrapUp = talked ? wellbeing.callEnded(request, i.interpreterId(), now) : policy.wrapUp();
            bookings.update(i, i.wrappingUp(now.plus(wrapUp), now), why);
        }
    }
}

package org.interpreterline.notification.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.events.roster.RequestAssigned;
import org.interpreterline.events.roster.RequestEscalated;

/** The requests the line is working on, as the event topics told it; rebuilt from them at start-up. */
public class Requests {

    private final Map<String, Request> byId = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration kept;
    private final AtomicInteger sincePrune = new AtomicInteger();

    public Requests(Clock clock, Duration kept) {
        this.clock = clock;
        this.kept = kept;
    }

    public Optional<Request> find(String requestId) {
        return requestId == null ? Optional.empty() : Optional.ofNullable(byId.get(requestId));
    }

    public void opened(RequestOpened o) {
        merge(new Request(o.rosterId(), o.requestId(), o.reference(), o.channel(), o.language(), o.agency(),
                o.requesterPhone(), o.requesterCallSid(), o.conferenceName(), null, false, seen(o.occurredAt())));
    }

    /** An offer carries the request's essentials, enough when its opening fell out of the rebuild window. */
    public void offered(OfferMade m) {
        merge(new Request(m.rosterId(), m.requestId(), null, m.channel(), m.language(), m.agency(),
                m.requesterPhone(), m.requesterCallSid(), m.conferenceName(), null, false, seen(m.occurredAt())));
    }

    public void escalated(RequestEscalated x) {
        merge(new Request(x.rosterId(), x.requestId(), null, x.channel(), x.language(), null, x.requesterPhone(),
                x.requesterCallSid(), null, null, false, seen(x.occurredAt())));
    }

    public void assigned(RequestAssigned a) {
        merge(new Request(a.rosterId(), a.requestId(), null, a.channel(), a.language(), null, a.requesterPhone(),
                null, a.conferenceName(), null, false, seen(a.occurredAt())));
        byId.computeIfPresent(a.requestId(), (id, r) -> r.withAssignment(
                new Request.Assignment(a.offerId(), a.interpreterId(), a.interpreterName())));
    }

    public void cancelled(String requestId) {
        byId.computeIfPresent(requestId, (id, r) -> r.cancel());
    }

    /**
     * A caller waits in their request's conference, so its end means they left: nobody may be bridged into it (a
     * new conference of the same name would be empty), whether or not a cancellation follows. Requesters called
     * back join after the interpreter, so for them the end is just the end of the call.
     */
    public void conferenceEnded(String requestId) {
        byId.computeIfPresent(requestId, (id, r) -> r.calledBack() ? r : r.cancel());
    }

    private void merge(Request learned) {
        // what was learned first wins; later accounts only fill gaps (an offer never renames a reference)
        byId.merge(learned.requestId(), learned, Request::completedBy);
        if (sincePrune.incrementAndGet() >= 100) {
            sincePrune.set(0);
            Instant horizon = clock.instant().minus(kept);
            byId.values().removeIf(r -> r.seenAt().isBefore(horizon));
        }
    }

    private Instant seen(Instant occurredAt) {
        return occurredAt != null ? occurredAt : clock.instant();
    }

    public int size() {
        return byId.size();
    }
}

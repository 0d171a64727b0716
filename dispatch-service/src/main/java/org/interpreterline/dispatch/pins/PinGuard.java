package org.interpreterline.dispatch.pins;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.interpreterline.dispatch.DispatchProperties;
import org.interpreterline.dispatch.DispatchProperties.PinLockout;
import org.interpreterline.dispatch.publishing.DispatchPublisher;
import org.interpreterline.dispatch.requests.RequestIds;
import org.interpreterline.dispatch.stores.DispatchStores;
import org.interpreterline.dispatch.stores.StoreUnavailable;
import org.interpreterline.events.dispatch.PinAccepted;
import org.interpreterline.events.dispatch.PinRejected;
import org.springframework.stereotype.Component;

/**
 * What the PIN step of a call may know about the calling number: whether it is locked out, and what a wrong PIN
 * does to it. Every PIN entered is published on {@code dispatch.pin-attempts}; the counts are the Streams store
 * that topic feeds ({@link PinAttemptsTopology}), so no guess is forgotten by a restart or made on another
 * instance unseen.
 */
@Component
public class PinGuard {

    /** What a wrong PIN did. */
    public enum Verdict {
        /** counted; the number may try again */
        COUNTED,
        /** counted, and it locked the number out */
        LOCKED_OUT,
        /** Kafka did not take it: it cannot be counted, so the caller gets no further guess on this call */
        NOT_COUNTED
    }

    private final CallerKeys keys;
    private final DispatchStores stores;
    private final DispatchPublisher publisher;
    private final PinCounters counters;
    private final PinLockout limits;
    private final String rosterId;
    private final Clock clock = Clock.systemUTC();

    PinGuard(CallerKeys keys, DispatchStores stores, DispatchPublisher publisher, PinCounters counters,
            DispatchProperties props) {
        this.keys = keys;
        this.stores = stores;
        this.publisher = publisher;
        this.counters = counters;
        this.limits = props.pinLockout();
        this.rosterId = props.rosterId();
    }

    /** @throws StoreUnavailable while the counts cannot be read (a restart): the caller cannot be told either way */
    public boolean lockedOut(String from) {
        return attempts(keys.of(from)).lockedAt(clock.instant());
    }

    /** A wrong PIN from {@code from}: published to be counted, and whether it locks the number out now. */
    public Verdict wrong(String from, String callSid, int attempt) {
        String caller = keys.of(from);
        UUID eventId = eventId(callSid, attempt);
        PinRejected rejected = new PinRejected(eventId, clock.instant(), rosterId, caller, callSid);
        counters.rejected();
        boolean locks = after(caller, rejected);
        if (publisher.publish(rejected).failed()) {
            return Verdict.NOT_COUNTED;
        }
        if (locks) {
            counters.lockedOut();
            return Verdict.LOCKED_OUT;
        }
        return Verdict.COUNTED;
    }

    /** A right PIN: the number's wrong ones are forgiven (published; a failure only leaves them counted). */
    public void right(String from, String callSid, int attempt, String agency) {
        publisher.publish(new PinAccepted(eventId(callSid, attempt), clock.instant(), rosterId, keys.of(from),
                callSid, agency));
    }

    /** Whether the store, once it has read {@code rejected}, will say the number is locked out. */
    private boolean after(String caller, PinRejected rejected) {
        try {
            return attempts(caller).rejected(rejected.eventId(), rejected.occurredAt(), limits)
                    .lockedAt(rejected.occurredAt());
        } catch (StoreUnavailable e) {
            return false; // restarting: counted all the same, and the store decides once it is back
        }
    }

    private PinAttempts attempts(String caller) {
        return Optional.ofNullable(stores.<PinAttempts>store(PinAttemptsTopology.STORE).get(caller))
                .orElse(PinAttempts.NONE);
    }

    /** One event per PIN entered: Twilio retrying the webhook publishes the same id, which counts once. */
    private static UUID eventId(String callSid, int attempt) {
        return callSid == null || callSid.isBlank() ? UUID.randomUUID()
                : RequestIds.id("pin:" + callSid + ":" + attempt);
    }
}

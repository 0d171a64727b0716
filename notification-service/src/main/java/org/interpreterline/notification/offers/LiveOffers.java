package org.interpreterline.notification.offers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.notification.offers.Offer.Stage;

/**
 * The offers the line has seen, by offerId, with their calls. Written by the roster.events listener and by
 * the offer webhooks at once, so every change is one atomic step on one entry.
 */
public class LiveOffers {

    private final Map<String, Offer> byId = new ConcurrentHashMap<>();
    private final Map<String, String> offerByCallSid = new ConcurrentHashMap<>();
    /** Interpreter legs that joined their request's conference. */
    private final java.util.Set<String> bridgedCallSids = ConcurrentHashMap.newKeySet();
    /** Offers reported as left before the bridge (at most once each). */
    private final java.util.Set<String> leftBeforeTheBridge = ConcurrentHashMap.newKeySet();
    private final Clock clock;
    private final Duration kept;
    private final AtomicInteger sincePrune = new AtomicInteger();

    public LiveOffers(Clock clock, Duration kept) {
        this.clock = clock;
        this.kept = kept;
    }

    /** Remembers an offer; a second OfferMade with the same offerId changes nothing. */
    public void learn(OfferMade made) {
        byId.putIfAbsent(made.offerId(), new Offer(made, null, Stage.NEW, false, false));
        if (sincePrune.incrementAndGet() >= 100) {
            sincePrune.set(0);
            Instant horizon = clock.instant().minus(kept);
            byId.values().removeIf(o -> o.made().occurredAt() != null && o.made().occurredAt().isBefore(horizon));
            offerByCallSid.values().removeIf(offerId -> !byId.containsKey(offerId));
            bridgedCallSids.removeIf(sid -> !offerByCallSid.containsKey(sid));
            leftBeforeTheBridge.removeIf(offerId -> !byId.containsKey(offerId));
        }
    }

    /** For the start-up rebuild: offers read before the committed offset were dialled by the last run. */
    public void alreadyDialled(String offerId) {
        byId.computeIfPresent(offerId, (id, o) -> o.advancedTo(Stage.DIALLED));
    }

    /** For the start-up rebuild: the previous run reported this offer's outcome; it is not reported again. */
    public void alreadyReported(String offerId, String callSid, Stage stage) {
        callProgressed(offerId, callSid, stage);
        byId.computeIfPresent(offerId, (id, o) -> o.report());
    }

    /** @return true exactly once per offer: the caller dials it */
    public boolean claimDial(String offerId) {
        AtomicBoolean claimed = new AtomicBoolean();
        byId.computeIfPresent(offerId, (id, o) -> {
            if (o.stage() != Stage.NEW || o.withdrawn()) {
                return o;
            }
            claimed.set(true);
            return o.advancedTo(Stage.DIALLED);
        });
        return claimed.get();
    }

    public Optional<Offer> find(String offerId) {
        return offerId == null ? Optional.empty() : Optional.ofNullable(byId.get(offerId));
    }

    /**
     * Whether the line is still on the phone with this offer's interpreter about another offer it took back: they
     * picked up (and perhaps pressed 1) and now hear that it is no longer needed. Only recent offers count, so a
     * leg whose end was lost while the service was down delays nothing for long.
     */
    public boolean talkingAboutAnother(OfferMade made, Duration recent) {
        Instant since = clock.instant().minus(recent);
        return byId.values().stream().anyMatch(o -> !o.offerId().equals(made.offerId())
                && o.withdrawn() && o.callSid() != null
                && (o.stage() == Stage.ANSWERED || o.stage() == Stage.ACCEPTED)
                && java.util.Objects.equals(o.made().interpreterId(), made.interpreterId())
                && o.made().occurredAt() != null && o.made().occurredAt().isAfter(since));
    }

    /** An interpreter leg joined its conference (from the conference's webhook, or its event on a rebuild). */
    public void bridged(String callSid) {
        if (callSid != null) {
            bridgedCallSids.add(callSid);
        }
    }

    public boolean wasBridged(String callSid) {
        return callSid != null && bridgedCallSids.contains(callSid);
    }

    /** The interpreter of this offer accepted, but their call is over and never reached the conference. */
    public boolean leftBeforeTheBridge(String offerId) {
        return find(offerId).map(o -> o.stage() == Stage.ENDED && o.callSid() != null && !wasBridged(o.callSid()))
                .orElse(false);
    }

    /** @return true once per offer: the caller reports that its interpreter left before the bridge */
    public boolean claimLeftBeforeTheBridge(String offerId) {
        return leftBeforeTheBridge.add(offerId);
    }

    public boolean isOfferLeg(String callSid) {
        return callSid != null && offerByCallSid.containsKey(callSid);
    }

    /** Records the interpreter leg's CallSid and moves the offer on; returns the offer as it is now. */
    public Optional<Offer> callProgressed(String offerId, String callSid, Stage stage) {
        if (callSid != null && offerId != null && byId.containsKey(offerId)) {
            offerByCallSid.put(callSid, offerId);
        }
        return Optional.ofNullable(byId.computeIfPresent(offerId,
                (id, o) -> stage == null ? o.withCallSid(callSid) : o.withCallSid(callSid).advancedTo(stage)));
    }

    /** Marks the offer withdrawn; returns it as it was just before, so the caller knows what to hang up. */
    public Optional<Offer> withdraw(String offerId) {
        Offer[] before = new Offer[1];
        byId.computeIfPresent(offerId, (id, o) -> {
            before[0] = o;
            return o.withdraw();
        });
        return Optional.ofNullable(before[0]);
    }

    /**
     * Claims the right to report this offer's outcome: true once, and only while the offer is neither
     * withdrawn nor already reported. The offer moves to {@code stage} either way.
     */
    public boolean claimReport(String offerId, Stage stage) {
        AtomicBoolean claimed = new AtomicBoolean();
        byId.computeIfPresent(offerId, (id, o) -> {
            Offer moved = o.advancedTo(stage);
            if (o.reported() || o.withdrawn()) {
                return moved;
            }
            claimed.set(true);
            return moved.report();
        });
        return claimed.get();
    }

    public int size() {
        return byId.size();
    }
}

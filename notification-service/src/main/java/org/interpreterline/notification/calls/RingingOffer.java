package org.interpreterline.notification.calls;

import java.time.Instant;
import java.util.List;
import org.interpreterline.events.CallFlag;
import org.interpreterline.events.roster.OfferMade;

/**
 * One offer call as the call desk knows it (its store's value, by offerId).
 *
 * @param callSid       the interpreter leg, null until Twilio named it
 * @param withdrawn     the roster took the offer back: nothing may bridge or report on it any more
 * @param reported      an {@code OfferAnswered}/{@code OfferNotAnswered} went out: never a second one
 * @param leftReported  "accepted but left before the bridge" went out (at most once)
 * @param bridged       the interpreter leg joined the request's conference
 * @param deferredUntil the interpreter is still on the line's call about another offer: ring once that ends, at
 *                      the latest at this time; null when not waiting
 * @param touchedAt     the last change, for pruning
 */
public record RingingOffer(OfferMade made, String callSid, Stage stage, boolean withdrawn, boolean reported,
        boolean leftReported, boolean bridged, Instant deferredUntil, Instant touchedAt) {

    /** Where the offer call is; only ever moves forward. */
    public enum Stage {
        /** Known from roster.events, not dialled yet. */
        NEW,
        /** The Calls API was asked to ring the interpreter. */
        DIALLED,
        RINGING,
        /** The interpreter picked up; the prompt is playing. */
        ANSWERED,
        ACCEPTED,
        DECLINED,
        /** The call is over without a key, or could not be placed. */
        ENDED
    }

    public static RingingOffer of(OfferMade made, Instant now) {
        return new RingingOffer(made, null, Stage.NEW, false, false, false, false, null, now);
    }

    public String offerId() {
        return made.offerId();
    }

    public String requestId() {
        return made.requestId();
    }

    /** Still worth a prompt or a bridge: not withdrawn, not declined, not over. */
    public boolean live() {
        return !withdrawn && stage != Stage.DECLINED && stage != Stage.ENDED;
    }

    /** The interpreter has not picked up yet: cancelling the call is enough. */
    public boolean unanswered() {
        return stage == Stage.NEW || stage == Stage.DIALLED || stage == Stage.RINGING;
    }

    /** The interpreter of this offer accepted, but their call is over and never reached the conference. */
    public boolean leftBeforeTheBridge() {
        return stage == Stage.ENDED && callSid != null && !bridged;
    }

    public RingingOffer withCallSid(String sid) {
        return sid == null || sid.equals(callSid) ? this
                : new RingingOffer(made, sid, stage, withdrawn, reported, leftReported, bridged, deferredUntil,
                        touchedAt);
    }

    /** Moves forward only: a late "ringing" never undoes "answered". */
    public RingingOffer advancedTo(Stage next) {
        return next == null || next.ordinal() <= stage.ordinal() ? this
                : new RingingOffer(made, callSid, next, withdrawn, reported, leftReported, bridged, deferredUntil,
                        touchedAt);
    }

    public RingingOffer withdraw() {
        return new RingingOffer(made, callSid, stage, true, reported, leftReported, bridged, deferredUntil, touchedAt);
    }

    public RingingOffer report() {
        return new RingingOffer(made, callSid, stage, withdrawn, true, leftReported, bridged, deferredUntil, touchedAt);
    }

    public RingingOffer reportLeft() {
        return new RingingOffer(made, callSid, stage, withdrawn, reported, true, bridged, deferredUntil, touchedAt);
    }

    public RingingOffer bridge() {
        return new RingingOffer(made, callSid, stage, withdrawn, reported, leftReported, true, deferredUntil,
                touchedAt);
    }

    /** Warns of {@code more} as well: flags the officer added after the offer was made. */
    public RingingOffer warnedOf(List<CallFlag> more) {
        return new RingingOffer(made.withFlags(more), callSid, stage, withdrawn, reported, leftReported, bridged,
                deferredUntil, touchedAt);
    }

    public RingingOffer deferUntil(Instant until) {
        return new RingingOffer(made, callSid, stage, withdrawn, reported, leftReported, bridged, until, touchedAt);
    }

    RingingOffer touched(Instant now) {
        return new RingingOffer(made, callSid, stage, withdrawn, reported, leftReported, bridged, deferredUntil, now);
    }
}

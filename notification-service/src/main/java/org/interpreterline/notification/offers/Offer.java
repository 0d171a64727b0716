package org.interpreterline.notification.offers;

import org.interpreterline.events.roster.OfferMade;

/**
 * One offer call as the line knows it.
 *
 * @param callSid   the interpreter leg, null until Twilio named it (or unknown after a restart)
 * @param withdrawn the roster took the offer back: nothing may bridge or report on it any more
 * @param reported  an {@code OfferAnswered}/{@code OfferNotAnswered} went out: never a second one
 */
public record Offer(OfferMade made, String callSid, Stage stage, boolean withdrawn, boolean reported) {

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

    Offer withCallSid(String sid) {
        return sid == null || sid.equals(callSid) ? this : new Offer(made, sid, stage, withdrawn, reported);
    }

    /** Moves forward only: a late "ringing" never undoes "answered". */
    Offer advancedTo(Stage next) {
        return next.ordinal() > stage.ordinal() ? new Offer(made, callSid, next, withdrawn, reported) : this;
    }

    Offer withdraw() {
        return new Offer(made, callSid, stage, true, reported);
    }

    Offer report() {
        return new Offer(made, callSid, stage, withdrawn, true);
    }
}

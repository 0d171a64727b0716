package org.interpreterline.roster.allocation;

import java.util.Locale;
import org.interpreterline.events.notification.OfferNotAnswered;
import org.interpreterline.events.roster.OfferWithdrawn;

/** How an offer ended: the {@code outcome} label of {@code roster_offers_total} (docs/architecture.md, Metrics). */
public enum OfferEnd {
    ACCEPTED, DECLINED, CONFLICT, NO_ANSWER, BUSY, FAILED, EXPIRED, WITHDRAWN;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Voicemail, silence and a hang-up are all an interpreter who did not answer the offer. */
    static OfferEnd of(OfferNotAnswered.Outcome outcome) {
        return switch (outcome) {
            case BUSY -> BUSY;
            // the metric's outcomes are a contract (docs/architecture.md): a call Twilio could not place failed
            case FAILED, TWILIO_UNAVAILABLE, TWILIO_FAILED -> FAILED;
            case NO_ANSWER, VOICEMAIL, SILENT, HUNG_UP -> NO_ANSWER;
        };
    }

    /** Expiry is the interpreter's miss; every other withdrawal is the line's doing. */
    static OfferEnd of(OfferWithdrawn.Reason reason) {
        return reason == OfferWithdrawn.Reason.EXPIRED ? EXPIRED : WITHDRAWN;
    }
}

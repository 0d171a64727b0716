package org.interpreterline.notification.offers;

import com.twilio.exception.TwilioException;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.twiml.VoiceResponse;

import org.interpreterline.events.roster.OfferWithdrawn;
import org.interpreterline.notification.twilio.TimedTwilio;
import org.interpreterline.notification.twilio.Twiml;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Takes a withdrawn offer off the interpreter's phone: a ringing call is cancelled, a prompt that is playing
 * is replaced by "no longer needed". The offer is already marked withdrawn, so a late "1" hears the same.
 */
@Component
public class OfferWithdrawal {

    private static final Logger log = LoggerFactory.getLogger(OfferWithdrawal.class);

    private final LiveOffers offers;
    private final TimedTwilio twilio;

    public OfferWithdrawal(LiveOffers offers, TimedTwilio twilio) {
        this.offers = offers;
        this.twilio = twilio;
    }

    public static VoiceResponse noLongerNeeded() {
        return Twiml.sayAndHangUp(OfferPrompt.NO_LONGER_NEEDED);
    }

    public void hangUp(OfferWithdrawn withdrawn) {
        offers.find(withdrawn.offerId()).ifPresent(offer -> {
            String sid = offer.callSid();
            if (sid == null) {
                // after a restart the leg's CallSid may be unknown: its webhooks will hear "no longer needed"
                log.info("Offer {} withdrawn ({}); no call to hang up", offer.offerId(), withdrawn.reason());
                return;
            }
            switch (offer.stage()) {
                case NEW, DIALLED, RINGING -> cancel(offer, withdrawn);
                case ANSWERED -> tellNoLongerNeeded(offer, withdrawn);
                // an accepting interpreter is in the bridge loop, which hears it within a second; the others
                // have hung up already
                case ACCEPTED, DECLINED, ENDED ->
                        log.info("Offer {} withdrawn ({}) at stage {}", offer.offerId(), withdrawn.reason(),
                                offer.stage());
            }
        });
    }

    private void cancel(Offer offer, OfferWithdrawn withdrawn) {
        try {
            twilio.updateCall(Call.updater(offer.callSid()).setStatus(Call.UpdateStatus.CANCELED));
            log.info("Offer {} withdrawn ({}): ringing call {} cancelled", offer.offerId(), withdrawn.reason(),
                    offer.callSid());
        } catch (TwilioException e) {
            // it was answered in the meantime: say so instead
            log.info("Offer {}: could not cancel call {} ({}), telling the interpreter instead", offer.offerId(),
                    offer.callSid(), e.getMessage());
            tellNoLongerNeeded(offer, withdrawn);
        }
    }

    private void tellNoLongerNeeded(Offer offer, OfferWithdrawn withdrawn) {
        try {
            twilio.updateCall(Call.updater(offer.callSid()).setTwiml(Twiml.xml(noLongerNeeded())));
            log.info("Offer {} withdrawn ({}): interpreter on call {} told it is no longer needed", offer.offerId(),
                    withdrawn.reason(), offer.callSid());
        } catch (TwilioException e) {
            log.warn("Offer {}: could not update call {}: {}", offer.offerId(), offer.callSid(), e.getMessage());
        }
    }
}

package org.interpreterline.notification.offers;

import java.util.Optional;
import org.interpreterline.events.notification.OfferAnswered;
import org.interpreterline.notification.offers.Offer.Stage;
import org.interpreterline.notification.twilio.Twiml;
import org.interpreterline.notification.twilio.WebhookUrls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /twilio/offer/answer}: the key the interpreter pressed. 1 accepts (and goes to the bridge,
 * which waits for the roster's confirmation), 2 declines, anything else hears the choice again.
 */
@RestController
public class AcceptKey {

    private static final Logger log = LoggerFactory.getLogger(AcceptKey.class);

    private final LiveOffers offers;
    private final OfferStanding standing;
    private final OfferOutcomes outcomes;
    private final OfferTwiml twiml;

    public AcceptKey(LiveOffers offers, OfferStanding standing, OfferOutcomes outcomes, OfferTwiml twiml) {
        this.offers = offers;
        this.standing = standing;
        this.outcomes = outcomes;
        this.twiml = twiml;
    }

    @PostMapping(WebhookUrls.OFFER_ANSWER)
    public ResponseEntity<String> pressed(@RequestParam String offerId,
            @RequestParam(defaultValue = "0") int repeat,
            @RequestParam(name = "CallSid", required = false) String callSid,
            @RequestParam(name = "Digits", required = false) String digits) {
        Optional<Offer> found = offers.callProgressed(offerId, callSid, null);
        if (found.isEmpty() || !standing.wanted(found.get())) {
            if (OfferPrompt.ACCEPT_DIGIT.equals(digits)) {
                log.info("Offer {}: a late acceptance, the request is no longer needed", offerId);
            }
            return Twiml.answer(OfferWithdrawal.noLongerNeeded());
        }
        Offer offer = found.get();
        String key = digits == null ? "" : digits.strip();
        return switch (key) {
            case OfferPrompt.ACCEPT_DIGIT -> accept(offer, callSid);
            case OfferPrompt.DECLINE_DIGIT -> {
                outcomes.answered(offer, OfferAnswered.Answer.DECLINED, callSid);
                yield Twiml.answer(Twiml.sayAndHangUp(OfferPrompt.DECLINED));
            }
            default -> Twiml.answer(twiml.prompt(offer, repeat, OfferPrompt.NOT_A_CHOICE));
        };
    }

    private ResponseEntity<String> accept(Offer offer, String callSid) {
        boolean reported = outcomes.answered(offer, OfferAnswered.Answer.ACCEPTED, callSid);
        // a retried webhook finds the acceptance already reported and gets the same answer
        Offer now = offers.find(offer.offerId()).orElse(offer);
        if (reported || (now.stage() == Stage.ACCEPTED && standing.wanted(now))) {
            return Twiml.answer(twiml.connecting(now));
        }
        return Twiml.answer(OfferWithdrawal.noLongerNeeded());
    }
}

package org.interpreterline.notification.offers;

import java.util.Locale;
import java.util.Optional;
import org.interpreterline.events.notification.OfferNotAnswered;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.notification.Replays;
import org.interpreterline.notification.offers.Offer.Stage;
import org.interpreterline.notification.requests.Request;
import org.interpreterline.notification.requests.Requests;
import org.interpreterline.notification.twilio.Twiml;
import org.interpreterline.notification.twilio.WebhookUrls;
import org.interpreterline.platform.logging.PhoneMask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /twilio/offer/status}: the offer call's progress. Busy, no-answer and failed end an offer that
 * was never answered; a call that completes after the prompt without a key is a hang-up. One log line per
 * change, with the request's reference.
 */
@RestController
public class OfferCallStatus {

    private static final Logger log = LoggerFactory.getLogger(OfferCallStatus.class);

    private final LiveOffers offers;
    private final Requests requests;
    private final OfferOutcomes outcomes;
    private final Replays replays;

    public OfferCallStatus(LiveOffers offers, Requests requests, OfferOutcomes outcomes, Replays replays) {
        this.offers = offers;
        this.requests = requests;
        this.outcomes = outcomes;
        this.replays = replays;
    }

    @PostMapping(WebhookUrls.OFFER_STATUS)
    public ResponseEntity<String> status(@RequestParam String offerId,
            @RequestParam(name = "CallSid", required = false) String callSid,
            @RequestParam(name = "CallStatus", required = false) String callStatus) {
        String status = callStatus == null ? "" : callStatus.toLowerCase(Locale.ROOT);
        if (!replays.first("offer-status", callSid, status)) {
            return Twiml.noContent();
        }
        Optional<Offer> before = offers.find(offerId);
        if (before.isEmpty()) {
            log.info("Offer {} (unknown here) call {}: {}", offerId, callSid, status);
            return Twiml.noContent();
        }
        logChange(before.get(), callSid, status);
        switch (status) {
            case "queued", "initiated" -> offers.callProgressed(offerId, callSid, Stage.DIALLED);
            case "ringing" -> offers.callProgressed(offerId, callSid, Stage.RINGING);
            case "in-progress", "answered" -> offers.callProgressed(offerId, callSid, Stage.ANSWERED);
            case "busy" -> endUnanswered(offerId, callSid, OfferNotAnswered.Outcome.BUSY);
            case "no-answer" -> endUnanswered(offerId, callSid, OfferNotAnswered.Outcome.NO_ANSWER);
            case "failed" -> endUnanswered(offerId, callSid, OfferNotAnswered.Outcome.FAILED);
            case "completed" -> completed(before.get(), callSid);
            // canceled: by the line itself, after a withdrawal; nothing to report
            default -> offers.callProgressed(offerId, callSid, null);
        }
        return Twiml.noContent();
    }

    private void completed(Offer before, String callSid) {
        // answered, then hung up without a key (OfferOutcomes ignores an offer already reported)
        offers.callProgressed(before.offerId(), callSid, null)
                .ifPresent(o -> outcomes.notAnswered(o, OfferNotAnswered.Outcome.HUNG_UP, callSid));
        boolean requestGone = requests.find(before.requestId()).map(Request::cancelled).orElse(false);
        if (before.stage() == Stage.ACCEPTED && !before.withdrawn() && !requestGone && !offers.wasBridged(callSid)) {
            outcomes.leftBeforeTheBridge(before, callSid);
        }
    }

    private void endUnanswered(String offerId, String callSid, OfferNotAnswered.Outcome outcome) {
        offers.callProgressed(offerId, callSid, null)
                .filter(Offer::unanswered)
                .ifPresent(o -> outcomes.notAnswered(o, outcome, callSid));
    }

    private void logChange(Offer offer, String callSid, String status) {
        OfferMade made = offer.made();
        String reference = requests.find(made.requestId()).map(Request::spokenReference).orElse(made.requestId());
        log.info("Offer call {} for request {} ({} to interpreter {} at {}): {}", callSid, reference,
                made.language(), made.interpreterId(), PhoneMask.mask(made.interpreterPhone()), status);
    }
}

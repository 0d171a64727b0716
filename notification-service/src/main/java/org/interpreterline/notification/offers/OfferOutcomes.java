package org.interpreterline.notification.offers;

import java.time.Clock;
import java.util.UUID;
import org.interpreterline.events.notification.OfferAnswered;
import org.interpreterline.events.notification.OfferNotAnswered;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.notification.kafka.NotificationEvents;
import org.interpreterline.notification.offers.Offer.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reports how an offer call went, once per offer and never for a withdrawn one. */
public class OfferOutcomes {

    private static final Logger log = LoggerFactory.getLogger(OfferOutcomes.class);

    private final LiveOffers offers;
    private final NotificationEvents events;
    private final Clock clock;

    public OfferOutcomes(LiveOffers offers, NotificationEvents events, Clock clock) {
        this.offers = offers;
        this.events = events;
        this.clock = clock;
    }

    /** @return true if this call reported the answer, false if it was reported before or the offer is gone */
    public boolean answered(Offer offer, OfferAnswered.Answer answer, String callSid) {
        Stage stage = answer == OfferAnswered.Answer.ACCEPTED ? Stage.ACCEPTED : Stage.DECLINED;
        if (!offers.claimReport(offer.offerId(), stage)) {
            return false;
        }
        OfferMade made = offer.made();
        events.publish(new OfferAnswered(UUID.randomUUID(), clock.instant(), made.rosterId(), made.requestId(),
                made.offerId(), made.interpreterId(), answer, callSid));
        log.info("Offer {} of request {}: interpreter {} {}", made.offerId(), made.requestId(), made.interpreterId(),
                answer);
        return true;
    }

    /**
     * The interpreter accepted, but their call ended before they were bridged: the bridge could not wait any longer
     * for the roster (down or slow), or they hung up while waiting. The roster may have assigned them meanwhile, or
     * may yet: this tells it they are gone, so the request goes to someone else instead of waiting for nobody.
     */
    public boolean leftBeforeTheBridge(Offer offer, String callSid) {
        if (!offers.claimLeftBeforeTheBridge(offer.offerId())) {
            return false;
        }
        OfferMade made = offer.made();
        events.publish(new OfferNotAnswered(UUID.randomUUID(), clock.instant(), made.rosterId(), made.requestId(),
                made.offerId(), made.interpreterId(), OfferNotAnswered.Outcome.HUNG_UP, callSid));
        log.info("Offer {} of request {}: interpreter {} accepted but left before the bridge", made.offerId(),
                made.requestId(), made.interpreterId());
        return true;
    }

    public boolean notAnswered(Offer offer, OfferNotAnswered.Outcome outcome, String callSid) {
        if (!offers.claimReport(offer.offerId(), Stage.ENDED)) {
            return false;
        }
        OfferMade made = offer.made();
        events.publish(new OfferNotAnswered(UUID.randomUUID(), clock.instant(), made.rosterId(), made.requestId(),
                made.offerId(), made.interpreterId(), outcome, callSid));
        log.info("Offer {} of request {}: interpreter {} did not answer ({})", made.offerId(), made.requestId(),
                made.interpreterId(), outcome);
        return true;
    }
}

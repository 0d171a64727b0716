package org.interpreterline.notification.offers;

import java.util.UUID;
import org.interpreterline.events.notification.OfferAnswered;
import org.interpreterline.events.notification.OfferNotAnswered;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.notification.calls.CallLedger;
import org.interpreterline.notification.calls.Reports;
import org.interpreterline.notification.calls.RingingOffer;
import org.interpreterline.notification.calls.RingingOffer.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports how an offer call went, once per offer and never for a withdrawn one: the call desk's store says
 * whether it was reported, and only the desk's thread for that roster writes it.
 */
public final class OfferReports {

    private static final Logger log = LoggerFactory.getLogger(OfferReports.class);

    private final CallLedger ledger;
    private final Reports reports;

    public OfferReports(CallLedger ledger, Reports reports) {
        this.ledger = ledger;
        this.reports = reports;
    }

    /** @return true if this reported the answer, false if it was reported before or the offer was withdrawn */
    public boolean answered(RingingOffer offer, OfferAnswered.Answer answer, String callSid) {
        Stage stage = answer == OfferAnswered.Answer.ACCEPTED ? Stage.ACCEPTED : Stage.DECLINED;
        if (!claim(offer, stage)) {
            return false;
        }
        OfferMade made = offer.made();
        reports.report(new OfferAnswered(UUID.randomUUID(), reports.now(), made.rosterId(), made.requestId(),
                made.offerId(), made.interpreterId(), answer, callSid));
        log.info("Offer {} of request {}: interpreter {} {}", made.offerId(), made.requestId(), made.interpreterId(),
                answer);
        return true;
    }

    public boolean notAnswered(RingingOffer offer, OfferNotAnswered.Outcome outcome, String callSid) {
        if (!claim(offer, Stage.ENDED)) {
            return false;
        }
        OfferMade made = offer.made();
        reports.report(new OfferNotAnswered(UUID.randomUUID(), reports.now(), made.rosterId(), made.requestId(),
                made.offerId(), made.interpreterId(), outcome, callSid));
        log.info("Offer {} of request {}: interpreter {} did not answer ({})", made.offerId(), made.requestId(),
                made.interpreterId(), outcome);
        return true;
    }

    /**
     * The interpreter accepted, but their call ended before they were bridged: the bridge could not wait any longer
     * for the roster (down or slow), or they hung up while waiting. The roster may have assigned them meanwhile, or
     * may yet: this tells it they are gone, so the request goes to someone else instead of waiting for nobody.
     */
    public boolean leftBeforeTheBridge(RingingOffer offer, String callSid) {
        RingingOffer now = ledger.offer(offer.offerId());
        if (now == null || now.leftReported()) {
            return false;
        }
        ledger.put(now.reportLeft());
        OfferMade made = offer.made();
        reports.report(new OfferNotAnswered(UUID.randomUUID(), reports.now(), made.rosterId(), made.requestId(),
                made.offerId(), made.interpreterId(), OfferNotAnswered.Outcome.HUNG_UP, callSid));
        log.info("Offer {} of request {}: interpreter {} accepted but left before the bridge", made.offerId(),
                made.requestId(), made.interpreterId());
        return true;
    }

    /** The offer moves to {@code stage} either way; true once, and only while neither withdrawn nor reported. */
    private boolean claim(RingingOffer offer, Stage stage) {
        RingingOffer now = ledger.offer(offer.offerId());
        if (now == null) {
            return false;
        }
        RingingOffer moved = now.advancedTo(stage);
        if (now.reported() || now.withdrawn()) {
            ledger.put(moved);
            return false;
        }
        ledger.put(moved.report());
        return true;
    }
}

package org.interpreterline.notification.cancellations;

import org.interpreterline.events.dispatch.RequestCancelled;
import org.interpreterline.events.notification.MessagePurpose;
import org.interpreterline.notification.callbacks.CallbackPrompt;
import org.interpreterline.notification.calls.CallLedger;
import org.interpreterline.notification.calls.CallRequest;
import org.interpreterline.notification.calls.PhoneWork;
import org.interpreterline.notification.calls.RingingOffer;
import org.interpreterline.notification.offers.OfferTwiml;
import org.interpreterline.notification.texts.RequesterTexts;
import org.interpreterline.platform.phone.PhoneMask;
import org.interpreterline.platform.twilio.TwimlReplies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A request was cancelled. Ringing offers are the roster's to withdraw; what is left to do on the phones: an
 * interpreter who already accepted (waiting for the bridge, or alone in the conference) is told the request is no
 * longer needed and let go, never left in an empty conference; and a requester a supervisor cancelled hears or
 * reads why, instead of holding for an interpreter who will not come. Its relays (second interpreters) are let go
 * with it.
 */
public final class RequestCancellation {

    private static final Logger log = LoggerFactory.getLogger(RequestCancellation.class);

    private final CallLedger ledger;
    private final PhoneWork phones;

    public RequestCancellation(CallLedger ledger, PhoneWork phones) {
        this.ledger = ledger;
        this.phones = phones;
    }

    public void cancelled(RequestCancelled cancelled) {
        CallRequest known = ledger.request(cancelled.requestId());
        if (known == null) {
            log.info("Request {} cancelled ({}): not known here, nothing to do", cancelled.requestId(),
                    cancelled.reason());
            return;
        }
        CallRequest request = ledger.put(known.cancel());
        log.info("Request {} cancelled ({})", request.spokenReference(), cancelled.reason());
        releaseInterpreter(request);
        if (cancelled.reason() == RequestCancelled.Reason.SUPERVISOR) {
            tellRequester(request);
        }
        // its relays go with it (the roster cancels them): one may already wait in the call, alone
        for (CallRequest relay : ledger.relaysOf(request.requestId())) {
            log.info("Request {}: relay {} cancelled with it", request.spokenReference(), relay.spokenReference());
            releaseInterpreter(ledger.put(relay.cancel()));
        }
    }

    /** The accepted interpreter's leg, if the line placed it and it is still on: "no longer needed", goodbye. */
    private void releaseInterpreter(CallRequest request) {
        if (request.assignment() == null) {
            return; // nobody accepted yet, or the bridge will turn the acceptance away (the request is cancelled)
        }
        RingingOffer offer = ledger.offer(request.assignment().offerId());
        if (offer == null || offer.callSid() == null || offer.stage() != RingingOffer.Stage.ACCEPTED) {
            return;
        }
        phones.updateCall(request.requestId(), offer.callSid(), TwimlReplies.xml(OfferTwiml.noLongerNeeded()),
                "interpreter " + offer.made().interpreterId() + " released from request "
                        + request.spokenReference());
    }

    private void tellRequester(CallRequest request) {
        if (request.calledBack()) {
            phones.text(request.rosterId(), request.roster(), request.requestId(), request.requesterPhone(),
                    RequesterTexts.cancelledBySupervisor(request.spokenReference()), MessagePurpose.CANCELLED);
        } else if (request.requesterCallSid() != null) {
            phones.updateCall(request.requestId(), request.requesterCallSid(),
                    TwimlReplies.xml(TwimlReplies.sayAndHangUp(CallbackPrompt.CANCELLED_BY_SUPERVISOR)),
                    "officer at " + PhoneMask.mask(request.requesterPhone()) + " told request "
                            + request.spokenReference() + " was cancelled by a supervisor");
        }
    }
}

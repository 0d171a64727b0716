package org.interpreterline.notification.cancellations;

import com.twilio.exception.TwilioException;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.twiml.VoiceResponse;

import org.interpreterline.events.dispatch.RequestCancelled;
import org.interpreterline.events.notification.MessagePurpose;
import org.interpreterline.notification.callbacks.CallbackPrompt;
import org.interpreterline.notification.offers.LiveOffers;
import org.interpreterline.notification.offers.Offer;
import org.interpreterline.notification.offers.OfferWithdrawal;
import org.interpreterline.notification.requests.Request;
import org.interpreterline.notification.requests.Requests;
import org.interpreterline.notification.texts.RequesterTexts;
import org.interpreterline.notification.texts.Texts;
import org.interpreterline.notification.twilio.TimedTwilio;
import org.interpreterline.notification.twilio.Twiml;
import org.interpreterline.platform.logging.PhoneMask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A request was cancelled. Ringing offers are the roster's to withdraw; what is left to do on the phones: an
 * interpreter who already accepted (waiting for the bridge, or alone in the conference) is told the request is no
 * longer needed and let go, never left in an empty conference; and a requester a supervisor cancelled hears or
 * reads why, instead of holding for an interpreter who will not come.
 */
@Component
public class RequestCancellation {

    private static final Logger log = LoggerFactory.getLogger(RequestCancellation.class);

    private final Requests requests;
    private final LiveOffers offers;
    private final TimedTwilio twilio;
    private final Texts texts;

    public RequestCancellation(Requests requests, LiveOffers offers, TimedTwilio twilio, Texts texts) {
        this.requests = requests;
        this.offers = offers;
        this.twilio = twilio;
        this.texts = texts;
    }

    public void cancelled(RequestCancelled cancelled) {
        Request request = requests.find(cancelled.requestId()).orElse(null);
        if (request == null) {
            log.info("Request {} cancelled ({}): not known here, nothing to do", cancelled.requestId(),
                    cancelled.reason());
            return;
        }
        log.info("Request {} cancelled ({})", request.spokenReference(), cancelled.reason());
        releaseInterpreter(request);
        if (cancelled.reason() == RequestCancelled.Reason.SUPERVISOR) {
            tellRequester(request);
        }
    }

    /** The accepted interpreter's leg, if the line placed it and it is still on: "no longer needed", goodbye. */
    private void releaseInterpreter(Request request) {
        if (request.assignment() == null) {
            return; // nobody accepted yet, or the bridge will turn the acceptance away (the request is cancelled)
        }
        Offer offer = offers.find(request.assignment().offerId()).orElse(null);
        if (offer == null || offer.callSid() == null || offer.stage() != Offer.Stage.ACCEPTED) {
            return;
        }
        update(offer.callSid(), OfferWithdrawal.noLongerNeeded(), "interpreter " + offer.made().interpreterId()
                + " released from request " + request.spokenReference());
    }

    private void tellRequester(Request request) {
        if (request.calledBack()) {
            texts.send(request.rosterId(), request.requestId(), request.requesterPhone(),
                    RequesterTexts.cancelledBySupervisor(request.spokenReference()), MessagePurpose.CANCELLED);
        } else if (request.requesterCallSid() != null) {
            update(request.requesterCallSid(), Twiml.sayAndHangUp(CallbackPrompt.CANCELLED_BY_SUPERVISOR), "officer at " + PhoneMask.mask(request.requesterPhone())
                    + " told request " + request.spokenReference() + " was cancelled by a supervisor");
        }
    }

    private void update(String callSid, VoiceResponse twiml, String what) {
        try {
            twilio.updateCall(Call.updater(callSid).setTwiml(Twiml.xml(twiml)));
            log.info("Call {}: {}", callSid, what);
        } catch (TwilioException e) {
            // the call is over already: there is nobody left to tell
            log.info("Call {}: not updated ({}): {}", callSid, what, e.getMessage());
        }
    }
}

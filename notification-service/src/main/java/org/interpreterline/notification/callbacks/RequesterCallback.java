package org.interpreterline.notification.callbacks;

import java.util.Locale;
import org.interpreterline.events.calls.CallNotPlaced;
import org.interpreterline.events.calls.CallPlaced;
import org.interpreterline.events.calls.CallbackProgressed;
import org.interpreterline.events.roster.RequestAssigned;
import org.interpreterline.notification.calls.CallLedger;
import org.interpreterline.notification.calls.CallRequest;
import org.interpreterline.notification.calls.PhoneWork;
import org.interpreterline.notification.calls.RingingOffer;
import org.interpreterline.platform.phone.PhoneMask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Once the roster assigned an interpreter to an SMS or API request, calls the requester back into the
 * request's conference, where the interpreter waits: once per assignment (a request can be assigned again when an
 * interpreter left early). A call back that reached nobody is {@link CallbackMissed}.
 */
public final class RequesterCallback {

    private static final Logger log = LoggerFactory.getLogger(RequesterCallback.class);

    private final CallLedger ledger;
    private final PhoneWork phones;
    private final CallbackMissed missed;

    public RequesterCallback(CallLedger ledger, PhoneWork phones, CallbackMissed missed) {
        this.ledger = ledger;
        this.phones = phones;
        this.missed = missed;
    }

    public void assigned(RequestAssigned assigned, CallRequest request) {
        if (request == null || !request.calledBack() || request.cancelled()) {
            return;
        }
        if (request.requesterPhone() == null) {
            log.warn("Request {}: assigned to {} but there is no number to call back", request.spokenReference(),
                    assigned.interpreterId());
            return;
        }
        RingingOffer offer = ledger.offer(assigned.offerId());
        if (offer != null && offer.leftBeforeTheBridge()) {
            // nobody waits in the conference: the roster puts the request back in line, and calls back the next time
            log.info("Request {}: {} accepted but already left; not calling the requester into an empty conference",
                    request.spokenReference(), assigned.interpreterId());
            return;
        }
        if (assigned.offerId() != null && assigned.offerId().equals(request.calledBackFor())) {
            return;
        }
        phones.callBack(ledger.put(request.calledBackFor(assigned.offerId())), assigned.offerId());
    }

    public void placed(CallPlaced placed) {
        log.debug("Request {}: call back {} placed", placed.requestId(), placed.callSid());
    }

    public void notPlaced(CallNotPlaced notPlaced) {
        CallRequest request = ledger.request(notPlaced.requestId());
        if (request != null && !request.cancelled()) {
            missed.missed(request, "the call could not be placed");
        }
    }

    public void progressed(CallbackProgressed progressed) {
        String status = progressed.status() == null ? "" : progressed.status().toLowerCase(Locale.ROOT);
        if (!ledger.firstTime("callback-status|" + progressed.callSid() + "|" + status)) {
            return;
        }
        CallRequest request = ledger.request(progressed.requestId());
        log.info("Call back {} for request {} to {}: {}", progressed.callSid(),
                request != null ? request.spokenReference() : progressed.requestId(),
                PhoneMask.mask(request != null ? request.requesterPhone() : null), status);
        if (request != null && !request.cancelled() && (status.equals("busy") || status.equals("no-answer")
                || status.equals("failed") || status.equals(CallbackProgressed.VOICEMAIL))) {
            missed.missed(request, status.equals(CallbackProgressed.VOICEMAIL) ? "voicemail answered" : status);
        }
    }
}

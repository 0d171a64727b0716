package org.interpreterline.dispatch.intake;

import com.twilio.twiml.VoiceResponse;
import java.util.Optional;
import java.util.Set;
import org.interpreterline.dispatch.kafka.StoreUnavailable;
import org.interpreterline.dispatch.requests.RequestDesk;
import org.interpreterline.dispatch.requests.RequestIds;
import org.interpreterline.dispatch.requests.RequestRecord;
import org.interpreterline.dispatch.requests.RequestRecords;
import org.interpreterline.dispatch.requests.RequestStatus;
import org.interpreterline.events.dispatch.RequestCancelled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The line number's call status callback. A caller who hangs up before an interpreter joined cancels their
 * request, so nobody is offered (or bridged into) a call that is already over.
 */
@RestController
public class CallStatusWebhook {

    private static final Logger log = LoggerFactory.getLogger(CallStatusWebhook.class);
    private static final Set<String> CALL_OVER = Set.of("completed", "canceled", "failed", "busy", "no-answer");

    private final RequestRecords records;
    private final RequestDesk desk;

    public CallStatusWebhook(RequestRecords records, RequestDesk desk) {
        this.records = records;
        this.desk = desk;
    }

    @PostMapping("/twilio/voice/status")
    ResponseEntity<String> status(@RequestParam(name = "CallSid", required = false) String callSid,
            @RequestParam(name = "CallStatus", required = false) String callStatus) {
        if (callSid != null && callStatus != null && CALL_OVER.contains(callStatus)) {
            callOver(callSid, callStatus);
        }
        return Twiml.xml(new VoiceResponse.Builder().build());
    }

    /**
     * Still waiting for an interpreter, or its conference already reported over with nobody bridged: the
     * conference's end often reaches the record before this webhook does, and the roster must hear the caller is
     * gone all the same, or it would bridge an interpreter into an empty conference.
     */
    private static boolean neverConnected(RequestRecord request) {
        return request.status().awaitingInterpreter()
                || (request.status() == RequestStatus.ENDED && request.connectedAt() == null);
    }

    private void callOver(String callSid, String callStatus) {
        Optional<RequestRecord> request;
        try {
            request = records.byCallSid(callSid).or(() -> records.byId(RequestIds.voice(callSid)));
        } catch (StoreUnavailable e) {
            // restarting: cancelling a request that may not exist is harmless, leaving one open is not
            log.warn("Call {} {} while the request record is not ready: cancelling its request if any", callSid,
                    callStatus);
            desk.cancel(RequestIds.voice(callSid), RequestCancelled.Reason.REQUESTER_HUNG_UP, "hangup:" + callSid);
            return;
        }
        if (request.isPresent() && neverConnected(request.get())) {
            desk.cancel(request.get().requestId(), RequestCancelled.Reason.REQUESTER_HUNG_UP, "hangup:" + callSid);
        } else {
            log.info("Call {} {}: {}", callSid, callStatus, request.map(r -> "request " + r.reference() + " already "
                    + r.status()).orElse("no request was opened"));
        }
    }
}

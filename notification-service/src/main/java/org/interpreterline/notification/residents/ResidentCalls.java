package org.interpreterline.notification.residents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.interpreterline.events.calls.CallNotPlaced;
import org.interpreterline.events.calls.CallPlaced;
import org.interpreterline.events.calls.ResidentCallProgressed;
import org.interpreterline.events.dispatch.ResidentAddRequested;
import org.interpreterline.events.notification.MessagePurpose;
import org.interpreterline.events.notification.ResidentCallOutcome;
import org.interpreterline.notification.calls.CallLedger;
import org.interpreterline.notification.calls.CallRequest;
import org.interpreterline.notification.calls.PhoneWork;
import org.interpreterline.notification.calls.Reports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The call desk's rule for residents an officer adds to a connected call ({@code ADD <number>}):
 * calls the number into the request's conference, and once the call is answered, busy, unanswered or failed, reports
 * it once ({@link ResidentCallOutcome}) and tells the officer: a text, or said into the call of an officer who called in. A call still ringing when the conference ends is
 * cancelled, so nobody is put into an empty call. Only the masked number is ever logged.
 */
public final class ResidentCalls {

    /** The desk's store of calls to residents: add id → {@link ResidentLeg}. */
    public static final String STORE = "calldesk-residents";

    private static final Logger log = LoggerFactory.getLogger(ResidentCalls.class);

    private final CallLedger ledger;
    private final KeyValueStore<String, ResidentLeg> legs;
    private final ResidentDialling dialling;
    private final PhoneWork phones;
    private final Reports reports;
    private final ResidentOutcomeCounts counts;

    public ResidentCalls(CallLedger ledger, KeyValueStore<String, ResidentLeg> legs, ResidentDialling dialling,
            PhoneWork phones, Reports reports, ResidentOutcomeCounts counts) {
        this.ledger = ledger;
        this.legs = legs;
        this.dialling = dialling;
        this.phones = phones;
        this.reports = reports;
        this.counts = counts;
    }

    public void requested(ResidentAddRequested add) {
        CallRequest request = ledger.request(add.requestId());
        if (request == null || request.cancelled()) {
            log.info("Request {}: {} not called: the call is over", add.requestId(), add.maskedNumber());
            outcome(add, ResidentCallOutcome.Outcome.FAILED);
            return;
        }
        legs.put(add.eventId().toString(), new ResidentLeg(add, null));
        log.info("Request {}: calling added number {} into the conference (add {})", request.spokenReference(),
                add.maskedNumber(), add.eventId());
        dialling.call(add);
    }

    public void placed(CallPlaced placed) {
        ResidentLeg leg = legs.get(placed.offerId());
        if (leg != null) {
            legs.put(placed.offerId(), leg.placed(placed.callSid()));
        }
    }

    public void notPlaced(CallNotPlaced failed) {
        ResidentLeg leg = legs.get(failed.offerId());
        if (leg != null) {
            log.info("Request {}: added number {} could not be called: {}", failed.requestId(),
                    leg.add().maskedNumber(), failed.error());
            outcome(leg.add(), ResidentCallOutcome.Outcome.FAILED);
        }
    }

    public void progressed(ResidentCallProgressed progressed) {
        ResidentLeg leg = legs.get(progressed.addId());
        if (leg == null) {
            return; // its outcome was reported already
        }
        String status = progressed.status() == null ? "" : progressed.status().toLowerCase(Locale.ROOT);
        ResidentCallOutcome.Outcome outcome = switch (status) {
            case "in-progress", "answered" -> ResidentCallOutcome.Outcome.ANSWERED;
            case "busy" -> ResidentCallOutcome.Outcome.BUSY;
            case "no-answer" -> ResidentCallOutcome.Outcome.NO_ANSWER;
            case "failed", "canceled", "completed" -> ResidentCallOutcome.Outcome.FAILED;
            default -> null; // queued, initiated, ringing: not yet
        };
        if (outcome != null) {
            log.info("Request {}: added number {} (call {}): {}", progressed.requestId(), leg.add().maskedNumber(),
                    progressed.callSid(), status);
            outcome(leg.add(), outcome);
        }
    }

    /** The conference is over: a resident still being rung must not be put into an empty call of the same name. */
    public void conferenceEnded(String requestId) {
        List<ResidentLeg> ringing = new ArrayList<>();
        try (KeyValueIterator<String, ResidentLeg> all = legs.all()) {
            all.forEachRemaining(kv -> {
                if (kv.value != null && requestId.equals(kv.value.add().requestId())) {
                    ringing.add(kv.value);
                }
            });
        }
        for (ResidentLeg leg : ringing) {
            if (leg.callSid() != null) {
                phones.cancelCall(requestId, leg.callSid(), "<Response><Hangup/></Response>",
                        "the call the added number was to join has ended");
            }
            outcome(leg.add(), ResidentCallOutcome.Outcome.FAILED);
        }
    }

    private void outcome(ResidentAddRequested add, ResidentCallOutcome.Outcome outcome) {
        if (!ledger.firstTime("resident-outcome|" + add.eventId())) {
            return;
        }
        legs.delete(add.eventId().toString());
        counts.count(outcome);
        reports.report(new ResidentCallOutcome(UUID.randomUUID(), reports.now(), add.rosterId(), add.requestId(),
                add.eventId().toString(), add.maskedNumber(), outcome));
        CallRequest request = ledger.request(add.requestId());
        if (request != null && !request.calledBack()) {
            // an officer who called in added them with the keypad and is on the call: they hear it
            phones.announce(add.requestId(), ResidentWords.spokenOutcome(add.maskedNumber(), outcome),
                    "the outcome of adding " + add.maskedNumber());
        } else if (request != null && request.requesterPhone() != null) {
            phones.text(add.rosterId(), request.roster(), add.requestId(), request.requesterPhone(),
                    ResidentWords.outcome(add.maskedNumber(), outcome), MessagePurpose.RESIDENT_ADDED);
        }
    }
}

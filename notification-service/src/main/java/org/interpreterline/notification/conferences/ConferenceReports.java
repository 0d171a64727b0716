package org.interpreterline.notification.conferences;

import java.time.Instant;
import java.util.UUID;
import org.interpreterline.events.RequestConference;
import org.interpreterline.events.calls.ConferenceReported;
import org.interpreterline.events.dispatch.RequestCancelled;
import org.interpreterline.events.dispatch.RequesterHungUp;
import org.interpreterline.events.notification.ConferenceEnded;
import org.interpreterline.events.notification.ParticipantJoined;
import org.interpreterline.events.notification.ParticipantLeft;
import org.interpreterline.events.notification.Party;
import org.interpreterline.platform.twilio.ConferenceSeat;
import org.interpreterline.notification.calls.CallLedger;
import org.interpreterline.notification.calls.CallRequest;
import org.interpreterline.notification.calls.PhoneWork;
import org.interpreterline.notification.calls.Reports;
import org.interpreterline.notification.calls.RingingOffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The call desk's rule for conference callbacks: each join, leave and end becomes one event (Twilio's retries are
 * dropped). The interpreter joining is the moment the request is connected; the end sends the interpreter to
 * wrap-up, and for a caller who waited in it, means they left: nobody may be bridged into it any more.
 */
public final class ConferenceReports {

    private static final Logger log = LoggerFactory.getLogger(ConferenceReports.class);

    private final CallLedger ledger;
    private final Reports reports;
    private final PhoneWork phones;

    public ConferenceReports(CallLedger ledger, Reports reports, PhoneWork phones) {
        this.ledger = ledger;
        this.reports = reports;
        this.phones = phones;
    }

    /**
     * An officer who called the line left it: their seat lets them step out with {@code *} and so does not end the
     * conference, which the line ends now, letting the interpreter and any added resident go.
     */
    public void requesterHungUp(RequesterHungUp hungUp) {
        endForTheOfficer(hungUp.requestId(), ledger.request(hungUp.requestId()), hungUp.callSid());
    }

    /**
     * A request cancelled because its caller hung up: dispatch-service's record may not have seen the interpreter join
     * yet, and then cancels instead of reporting {@code RequesterHungUp}; the conference, if any, is ended the same way.
     */
    public void cancelled(RequestCancelled cancelled) {
        CallRequest request = ledger.request(cancelled.requestId());
        if (cancelled.reason() == RequestCancelled.Reason.REQUESTER_HUNG_UP && request != null
                && !request.calledBack()) {
            endForTheOfficer(cancelled.requestId(), request, null);
        }
    }

    /**
     * Heard twice, each way enough alone: dispatch-service's {@code RequesterHungUp} (from the call's status callback)
     * and the conference's own report that the officer's leg left with their call completed. Twilio sends each once,
     * and the instance that takes one may die before publishing it.
     */
    private void endForTheOfficer(String requestId, CallRequest request, String callSid) {
        if (!ledger.firstTime("requester-hung-up|" + requestId)) {
            return;
        }
        String reference = request != null ? request.spokenReference() : requestId;
        log.info("Request {}: the officer hung up{}: ending the conference", reference,
                callSid == null ? "" : " (call " + callSid + ")");
        phones.endConference(requestId, "the officer of request " + reference + " hung up");
    }

    /**
     * When Twilio told the line, not when the desk got to it: the request record orders the conference against the
     * officer's hang-up, which dispatch-service hears straight from Twilio, and minutes are paid from these times.
     */
    private Instant heardAt(ConferenceReported fact) {
        return fact.occurredAt() != null ? fact.occurredAt() : reports.now();
    }

    public void reported(ConferenceReported fact) {
        String kind = fact.event() == null ? "" : fact.event();
        // an officer who stepped out with * leaves (in progress) and may leave again, hanging up (completed)
        if (!ledger.firstTime("conference|" + fact.conferenceSid() + "|" + kind + "|" + fact.callSid()
                + (fact.participantCallStatus() == null ? "" : "|" + fact.participantCallStatus()))) {
            return;
        }
        String requestId = fact.requestId();
        CallRequest request = ledger.request(requestId);
        String rosterId = request != null && request.rosterId() != null ? request.rosterId() : fact.rosterId();
        // Twilio's FriendlyName, which is the request's conference name
        String name = fact.conferenceName() != null ? fact.conferenceName() : RequestConference.nameOf(requestId);
        String reference = request != null ? request.spokenReference() : requestId;
        switch (kind) {
            case "participant-join" -> {
                Party party = party(fact.label(), fact.callSid());
                if (party == Party.INTERPRETER) {
                    ledger.firstTime(interpreterIn(fact.conferenceSid()));
                }
                if (party == Party.INTERPRETER || party == Party.RELAY) {
                    RingingOffer offer = ledger.offer(ledger.offerOfLeg(fact.callSid()));
                    if (offer != null) {
                        ledger.put(offer.bridge());
                    }
                }
                reports.report(new ParticipantJoined(UUID.randomUUID(), heardAt(fact), rosterId, requestId, name,
                        fact.conferenceSid(), fact.callSid(), party));
                log.info("Request {}: {} joined conference {} (call {})", reference, party, name, fact.callSid());
            }
            case "participant-leave" -> {
                Party party = party(fact.label(), fact.callSid());
                reports.report(new ParticipantLeft(UUID.randomUUID(), heardAt(fact), rosterId, requestId, name,
                        fact.conferenceSid(), fact.callSid(), party));
                log.info("Request {}: {} left conference {} (call {}{})", reference, party, name, fact.callSid(),
                        fact.participantCallStatus() == null ? "" : ", " + fact.participantCallStatus());
                if (party == Party.REQUESTER && "completed".equals(fact.participantCallStatus()) && request != null
                        && !request.calledBack()) {
                    endForTheOfficer(requestId, request, fact.callSid());
                } else if (party == Party.REQUESTER && "in-progress".equals(fact.participantCallStatus())) {
                    ledger.firstTime(steppedOut(fact.conferenceSid()));
                }
            }
            case "conference-end" -> {
                if (ledger.seen(steppedOut(fact.conferenceSid())) && !ledger.seen(interpreterIn(fact.conferenceSid()))) {
                    // it ended only because the officer, alone in it while waiting, pressed *: they are put back
                    // into a new one of the same name at once, and their request still waits for its interpreter
                    log.info("Request {}: conference {} ended while its officer, waiting alone, had stepped out with *: "
                            + "still waiting", reference, name);
                    return;
                }
                if (request != null && !request.calledBack()) {
                    // the caller waited in it, so its end means they left (a new one of that name would be empty)
                    ledger.put(request.cancel());
                }
                reports.report(new ConferenceEnded(UUID.randomUUID(), heardAt(fact), rosterId, requestId, name,
                        fact.conferenceSid()));
                log.info("Request {}: conference {} ended", reference, name);
            }
            default -> log.debug("Conference {}: {}", name, kind);
        }
    }

    private static String steppedOut(String conferenceSid) {
        return "officer-stepped-out|" + conferenceSid;
    }

    private static String interpreterIn(String conferenceSid) {
        return "interpreter-in|" + conferenceSid;
    }

    /** The label the line gave the participant; for a leg without one, an offer call is the interpreter. */
    private Party party(String label, String callSid) {
        if (label != null) {
            for (Party party : Party.values()) {
                if (ConferenceSeat.label(party).equalsIgnoreCase(label)) {
                    return party;
                }
            }
        }
        return ledger.offerOfLeg(callSid) != null ? Party.INTERPRETER : Party.REQUESTER;
    }
}

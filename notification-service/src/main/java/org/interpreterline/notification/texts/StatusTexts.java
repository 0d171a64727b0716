package org.interpreterline.notification.texts;

import java.time.Duration;
import java.time.Instant;
import org.interpreterline.events.InterpreterStatus;
import org.interpreterline.events.dispatch.LanguageCardChosen;
import org.interpreterline.events.notification.MessagePurpose;
import org.interpreterline.events.roster.InterpreterStatusChanged;
import org.interpreterline.events.roster.RequestAssigned;
import org.interpreterline.events.roster.RequestEscalated;
import org.interpreterline.events.roster.RequestQueued;
import org.interpreterline.events.roster.SameInterpreterOutcome;
import org.interpreterline.notification.calls.CallLedger;
import org.interpreterline.notification.calls.CallRequest;
import org.interpreterline.notification.calls.PendingText;
import org.interpreterline.notification.calls.PhoneWork;
import org.interpreterline.notification.calls.Reports;
import org.interpreterline.notification.calls.RingingOffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps SMS and API requesters told where their request stands (queued, found, fallback) and tells a paused
 * interpreter how to come back. Voice requesters hear it on their call instead.
 *
 * <p>The reference a requester is texted, their channel and their phone come from the request's opening on
 * dispatch.events; the roster's event that calls for a text is on another topic and may be read first. A text for
 * a request whose opening was not read yet waits for it (at most {@code openingWait}, then goes with what is known).
 */
public final class StatusTexts {

    private static final Logger log = LoggerFactory.getLogger(StatusTexts.class);
    private static final String TEXT = "text:";

    private final CallLedger ledger;
    private final PhoneWork phones;
    private final Reports reports;
    private final Duration openingWait;

    public StatusTexts(CallLedger ledger, PhoneWork phones, Reports reports, Duration openingWait) {
        this.ledger = ledger;
        this.phones = phones;
        this.reports = reports;
        this.openingWait = openingWait;
    }

    public void queued(RequestQueued queued) {
        CallRequest request = ledger.request(queued.requestId());
        PendingText text = new PendingText(MessagePurpose.QUEUED, queued.language(), queued.position(), null, null,
                reports.now());
        if (request == null || !request.opened()) {
            waitForOpening(queued.rosterId(), queued.requestId(), text);
        } else {
            send(request, text);
        }
    }

    public void assigned(RequestAssigned assigned, CallRequest request) {
        RingingOffer offer = ledger.offer(assigned.offerId());
        if (offer != null && offer.leftBeforeTheBridge()) {
            return; // that interpreter is gone: no "we are calling you now" for a call that will not come
        }
        PendingText text = new PendingText(MessagePurpose.INTERPRETER_FOUND, assigned.language(), 0,
                assigned.interpreterName(), null, reports.now(),
                ledger.seen(sameInterpreterMark(assigned.requestId(), assigned.interpreterId())));
        if (request == null || !request.opened()) {
            waitForOpening(assigned.rosterId(), assigned.requestId(), text);
        } else {
            send(request, text);
        }
    }

    /**
     * How the first offer to the officer's interpreter from last time ended. Accepted: the "found" text that follows
     * (RequestAssigned, published right after on the same partition) says it is them. Otherwise the officer is told
     * another interpreter is being found.
     */
    public void sameInterpreter(SameInterpreterOutcome outcome) {
        if (outcome.outcome().accepted()) {
            ledger.firstTime(sameInterpreterMark(outcome.requestId(), outcome.interpreterId()));
            return;
        }
        CallRequest request = ledger.request(outcome.requestId());
        PendingText text = new PendingText(MessagePurpose.SAME_INTERPRETER, outcome.language(), 0,
                outcome.interpreterName(), null, reports.now(), true);
        if (request == null || !request.opened()) {
            waitForOpening(outcome.rosterId(), outcome.requestId(), text);
        } else {
            send(request, text);
        }
    }

    private static String sameInterpreterMark(String requestId, String interpreterId) {
        return "same-interpreter|" + requestId + "|" + interpreterId;
    }

    public void escalated(RequestEscalated escalated, CallRequest request) {
        PendingText text = new PendingText(MessagePurpose.FALLBACK, escalated.language(), 0, null,
                escalated.fallbackNumber(), reports.now());
        if (request == null || !request.opened()) {
            waitForOpening(escalated.rosterId(), escalated.requestId(), text);
        } else {
            send(request, text);
        }
    }

    public void statusChanged(InterpreterStatusChanged changed) {
        if (changed.current() == InterpreterStatus.PAUSED && changed.previous() != InterpreterStatus.PAUSED) {
            phones.text(changed.rosterId(), null, null, changed.interpreterPhone(), InterpreterNotices.paused(),
                    MessagePurpose.PAUSED);
        }
    }

    /** A resident tapped their language on the officer's language card: the officer may answer YES. */
    public void languageCardChosen(LanguageCardChosen chosen) {
        phones.text(chosen.rosterId(), null, null, chosen.officerPhone(), RequesterTexts.languageCardChosen(chosen.language()),
                MessagePurpose.LANGUAGE_CARD);
    }

    /** The request's opening was read: what waited for it goes out now. */
    public void opened(CallRequest request) {
        if (!request.pendingTexts().isEmpty()) {
            flush(request);
        }
    }

    /** Texts that waited long enough for an opening that did not come go out with what is known. */
    public void waitedLongEnough() {
        Instant now = reports.now();
        for (String timer : ledger.timers(TEXT, due -> !due.isAfter(now))) {
            ledger.done(timer);
            CallRequest request = ledger.request(timer.substring(TEXT.length()));
            if (request != null && !request.pendingTexts().isEmpty()) {
                log.warn("Request {}: its opening was not read within {}; texting with what is known",
                        request.spokenReference(), openingWait);
                flush(request);
            }
        }
    }

    private void waitForOpening(String rosterId, String requestId, PendingText text) {
        CallRequest known = ledger.learn(CallRequest.learned(rosterId, requestId, null, null, null, null, null, null,
                false, reports.now()));
        ledger.put(known.withPending(text));
        ledger.due(TEXT + requestId, reports.now().plus(openingWait));
        log.info("Request {}: the {} text waits for the request's opening", requestId, text.purpose());
    }

    private void flush(CallRequest request) {
        CallRequest now = ledger.put(request.withPendingTexts(java.util.List.of()));
        ledger.done(TEXT + request.requestId());
        request.pendingTexts().forEach(text -> send(now, text));
    }

    private void send(CallRequest request, PendingText text) {
        if (!request.calledBack() || request.cancelled()) {
            log.debug("Request {}: {} not texted (a voice request, or cancelled)", request.requestId(),
                    text.purpose());
            return;
        }
        String reference = request.spokenReference();
        String language = request.language() != null ? request.language() : text.language();
        String body = switch (text.purpose()) {
            case QUEUED -> RequesterTexts.queued(reference, language, text.position());
            case INTERPRETER_FOUND -> text.sameInterpreter()
                    ? RequesterTexts.sameInterpreterFound(reference, text.interpreterName())
                    : RequesterTexts.interpreterFound(reference, text.interpreterName());
            case SAME_INTERPRETER -> RequesterTexts.sameInterpreterNotComing(reference, language);
            default -> text.fallbackNumber() != null
                    ? RequesterTexts.fallback(reference, language, text.fallbackNumber())
                    : RequesterTexts.stillLooking(reference, language);
        };
        phones.text(request.rosterId(), request.roster(), request.requestId(), request.requesterPhone(), body,
                text.purpose());
    }
}

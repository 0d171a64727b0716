package org.interpreterline.notification.texts;

import org.interpreterline.events.InterpreterStatus;
import org.interpreterline.events.notification.MessagePurpose;
import org.interpreterline.events.roster.InterpreterStatusChanged;
import org.interpreterline.events.roster.RequestAssigned;
import org.interpreterline.events.roster.RequestEscalated;
import org.interpreterline.events.roster.RequestQueued;
import org.interpreterline.notification.offers.LiveOffers;
import org.interpreterline.notification.requests.Request;
import org.interpreterline.notification.requests.Requests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps SMS and API requesters told where their request stands (queued, found, fallback) and tells a paused
 * interpreter how to come back. Voice requesters hear it on their call instead.
 */
@Component
public class StatusTexts {

    private static final Logger log = LoggerFactory.getLogger(StatusTexts.class);

    private final Requests requests;
    private final Texts texts;
    private final LiveOffers offers;

    public StatusTexts(Requests requests, Texts texts, LiveOffers offers) {
        this.requests = requests;
        this.texts = texts;
        this.offers = offers;
    }

    public void queued(RequestQueued queued) {
        requests.find(queued.requestId()).filter(Request::calledBack).filter(r -> !r.cancelled()).ifPresentOrElse(
                r -> texts.send(r.rosterId(), r.requestId(), r.requesterPhone(),
                        RequesterTexts.queued(r.spokenReference(), languageOf(r, queued.language()),
                                queued.position()),
                        MessagePurpose.QUEUED),
                () -> log.debug("Request {} queued: nobody to text", queued.requestId()));
    }

    public void assigned(RequestAssigned assigned) {
        if (offers.leftBeforeTheBridge(assigned.offerId())) {
            return; // that interpreter is gone: no "we are calling you now" for a call that will not come
        }
        requests.find(assigned.requestId()).filter(Request::calledBack).filter(r -> !r.cancelled()).ifPresent(
                r -> texts.send(r.rosterId(), r.requestId(), r.requesterPhone(),
                        RequesterTexts.interpreterFound(r.spokenReference(), assigned.interpreterName()),
                        MessagePurpose.INTERPRETER_FOUND));
    }

    public void escalated(RequestEscalated escalated) {
        requests.find(escalated.requestId()).filter(Request::calledBack).filter(r -> !r.cancelled()).ifPresent(r -> {
            String language = languageOf(r, escalated.language());
            String body = escalated.fallbackNumber() != null
                    ? RequesterTexts.fallback(r.spokenReference(), language, escalated.fallbackNumber())
                    : RequesterTexts.stillLooking(r.spokenReference(), language);
            texts.send(r.rosterId(), r.requestId(), r.requesterPhone(), body, MessagePurpose.FALLBACK);
        });
    }

    public void statusChanged(InterpreterStatusChanged changed) {
        if (changed.current() == InterpreterStatus.PAUSED && changed.previous() != InterpreterStatus.PAUSED) {
            texts.send(changed.rosterId(), null, changed.interpreterPhone(), InterpreterTexts.paused(),
                    MessagePurpose.PAUSED);
        }
    }

    private static String languageOf(Request request, String fallback) {
        return request.language() != null ? request.language() : fallback;
    }
}

package org.interpreterline.notification.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.interpreterline.events.LineEvent;
import org.interpreterline.events.dispatch.DispatchEvent;
import org.interpreterline.events.dispatch.PresenceRequested;
import org.interpreterline.events.dispatch.RequestCancelled;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.roster.InterpreterStatusChanged;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.events.roster.OfferWithdrawn;
import org.interpreterline.events.roster.RequestAssigned;
import org.interpreterline.events.roster.RequestEscalated;
import org.interpreterline.events.roster.RequestQueued;
import org.interpreterline.events.roster.RosterEvent;
import org.interpreterline.notification.NotificationProperties;
import org.interpreterline.notification.Replays;
import org.interpreterline.notification.callbacks.FallbackTransfer;
import org.interpreterline.notification.callbacks.RequesterCallback;
import org.interpreterline.notification.cancellations.RequestCancellation;
import org.interpreterline.notification.offers.OfferCall;
import org.interpreterline.notification.offers.OfferWithdrawal;
import org.interpreterline.notification.texts.StatusTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads dispatch.events and roster.events in one consumer, so a request's opening is normally seen before
 * what the roster did with it, and turns them into calls and texts. The Twilio requests are made right here,
 * one after the other, which keeps each offer's calls in order (a withdrawal never overtakes its dial).
 */
@Component
public class LineEventsListener {

    private static final Logger log = LoggerFactory.getLogger(LineEventsListener.class);

    private final EventMemory memory;
    private final OfferCall offerCall;
    private final OfferWithdrawal withdrawal;
    private final StatusTexts statusTexts;
    private final RequesterCallback callback;
    private final FallbackTransfer fallback;
    private final RequestCancellation cancellation;
    private final Replays replays;
    private final NotificationProperties props;

    public LineEventsListener(EventMemory memory, OfferCall offerCall, OfferWithdrawal withdrawal,
            StatusTexts statusTexts, RequesterCallback callback, FallbackTransfer fallback,
            RequestCancellation cancellation, Replays replays, NotificationProperties props) {
        this.memory = memory;
        this.offerCall = offerCall;
        this.withdrawal = withdrawal;
        this.statusTexts = statusTexts;
        this.callback = callback;
        this.fallback = fallback;
        this.cancellation = cancellation;
        this.replays = replays;
        this.props = props;
    }

    @KafkaListener(id = "notification-line-events", idIsGroup = false, topics = {
            "#{T(org.interpreterline.events.Topics).DISPATCH_EVENTS.name()}",
            "#{T(org.interpreterline.events.Topics).ROSTER_EVENTS.name()}"})
    public void on(ConsumerRecord<String, Object> record) {
        if (!(record.value() instanceof LineEvent event)) {
            return; // a tombstone: nothing happened
        }
        String eventId = String.valueOf(event.eventId());
        if (!props.serves(event.rosterId()) || !replays.first("event", eventId)) {
            return;
        }
        log.debug("{} from {}-{}@{}", event.type(), record.topic(), record.partition(), record.offset());
        try {
            if (event instanceof RosterEvent roster) {
                memory.remember(roster);
                act(roster);
            } else if (event instanceof DispatchEvent dispatch) {
                memory.remember(dispatch);
                act(dispatch);
            }
        } catch (RuntimeException e) {
            // the error handler retries the record: that is not a replay (the offer itself is still dialled once)
            replays.forget("event", eventId);
            throw e;
        }
    }

    void act(RosterEvent event) {
        switch (event) {
            case OfferMade made -> offerCall.dial(made);
            case OfferWithdrawn withdrawn -> withdrawal.hangUp(withdrawn);
            case RequestQueued queued -> statusTexts.queued(queued);
            case RequestAssigned assigned -> {
                // the text first, so "we are calling you now" arrives before the phone rings
                statusTexts.assigned(assigned);
                callback.callBack(assigned);
            }
            case RequestEscalated escalated -> {
                statusTexts.escalated(escalated);
                fallback.escalated(escalated);
            }
            case InterpreterStatusChanged changed -> statusTexts.statusChanged(changed);
        }
    }

    void act(DispatchEvent event) {
        switch (event) {
            // dispatch-service answers the requester itself; the roster withdraws the offers of a cancellation
            case RequestOpened opened -> log.debug("Request {} opened", opened.requestId());
            case RequestCancelled cancelled -> cancellation.cancelled(cancelled);
            case PresenceRequested presence -> log.debug("Presence {} requested by {}", presence.requested(),
                    presence.interpreterId());
        }
    }
}

package org.interpreterline.notification.kafka;

import org.interpreterline.events.LineEvent;
import org.interpreterline.events.dispatch.DispatchEvent;
import org.interpreterline.events.dispatch.PresenceRequested;
import org.interpreterline.events.dispatch.RequestCancelled;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.notification.ConferenceEnded;
import org.interpreterline.events.notification.MessageFailed;
import org.interpreterline.events.notification.MessageSent;
import org.interpreterline.events.notification.NotificationEvent;
import org.interpreterline.events.notification.OfferAnswered;
import org.interpreterline.events.notification.OfferNotAnswered;
import org.interpreterline.events.notification.ParticipantJoined;
import org.interpreterline.events.notification.ParticipantLeft;
import org.interpreterline.events.notification.Party;
import org.interpreterline.events.roster.InterpreterStatusChanged;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.events.roster.OfferWithdrawn;
import org.interpreterline.events.roster.RequestAssigned;
import org.interpreterline.events.roster.RequestEscalated;
import org.interpreterline.events.roster.RequestQueued;
import org.interpreterline.events.roster.RosterEvent;
import org.interpreterline.notification.offers.LiveOffers;
import org.interpreterline.notification.offers.Offer.Stage;
import org.interpreterline.notification.requests.Requests;
import org.springframework.stereotype.Component;

/**
 * What each event changes in the state the webhooks read, without side effects: the same for the live
 * listener and the start-up rebuild, so both end up with the same state.
 */
@Component
public class EventMemory {

    private final LiveOffers offers;
    private final Requests requests;

    public EventMemory(LiveOffers offers, Requests requests) {
        this.offers = offers;
        this.requests = requests;
    }

    public void remember(RosterEvent event) {
        switch (event) {
            case OfferMade made -> {
                requests.offered(made);
                offers.learn(made);
            }
            case OfferWithdrawn withdrawn -> offers.withdraw(withdrawn.offerId());
            case RequestAssigned assigned -> requests.assigned(assigned);
            case RequestEscalated escalated -> requests.escalated(escalated);
            case RequestQueued queued -> {
                // nothing to keep: the text goes out at once
            }
            case InterpreterStatusChanged changed -> {
                // nothing to keep: the text goes out at once
            }
        }
    }

    public void remember(DispatchEvent event) {
        switch (event) {
            case RequestOpened opened -> requests.opened(opened);
            case RequestCancelled cancelled -> requests.cancelled(cancelled.requestId());
            case PresenceRequested presence -> {
                // the roster's business
            }
        }
    }

    /**
     * For the rebuild: what the previous run reported about an offer (and the CallSid it learned), so a restart
     * neither reports it twice nor loses the leg it may have to hang up.
     */
    public void remember(NotificationEvent event) {
        switch (event) {
            case OfferAnswered answered -> offers.alreadyReported(answered.offerId(), answered.callSid(),
                    answered.answer() == OfferAnswered.Answer.ACCEPTED ? Stage.ACCEPTED : Stage.DECLINED);
            case OfferNotAnswered notAnswered ->
                    offers.alreadyReported(notAnswered.offerId(), notAnswered.callSid(), Stage.ENDED);
            case ParticipantJoined joined -> {
                if (joined.party() == Party.INTERPRETER) {
                    offers.bridged(joined.callSid()); // so the end of that leg is not taken for a leg never bridged
                }
            }
            case ParticipantLeft left -> {
                // idem
            }
            case ConferenceEnded ended -> requests.conferenceEnded(ended.requestId());
            case MessageSent sent -> {
                // texts are not repeated: their events are only the record
            }
            case MessageFailed failed -> {
                // idem
            }
        }
    }

    /**
     * For the rebuild: an event the previous run already handled (read before the group's committed offset),
     * so its offer was dialled then and must not be dialled again.
     */
    public void recall(LineEvent event) {
        if (event instanceof RosterEvent roster) {
            remember(roster);
            if (roster instanceof OfferMade made) {
                offers.alreadyDialled(made.offerId());
            }
        } else if (event instanceof DispatchEvent dispatch) {
            remember(dispatch);
        } else if (event instanceof NotificationEvent notification) {
            remember(notification);
        }
    }
}

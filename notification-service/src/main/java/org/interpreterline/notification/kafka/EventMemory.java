package org.interpreterline.notification.kafka;

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
import org.interpreterline.notification.offers.LiveOffers;
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
        }
    }
}

package org.interpreterline.notification.conferences;

import org.interpreterline.events.roster.RequestAssigned;
import org.interpreterline.notification.calls.CallLedger;
import org.interpreterline.notification.calls.CallRequest;
import org.interpreterline.notification.calls.LanguageWords;
import org.interpreterline.notification.calls.PhoneWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the people on a call hear about the second interpreter the officer asked for ({@code ALSO}): everyone on it
 * is on the phone, so it is said into the call, not texted. Once each: that the line is still looking, and that an
 * interpreter accepted and is joining.
 */
public final class RelayAnnouncements {

    private static final Logger log = LoggerFactory.getLogger(RelayAnnouncements.class);

    private final CallLedger ledger;
    private final PhoneWork phones;

    public RelayAnnouncements(CallLedger ledger, PhoneWork phones) {
        this.ledger = ledger;
        this.phones = phones;
    }

    public void assigned(RequestAssigned assigned, CallRequest relay) {
        announce(relay, "assigned|" + assigned.offerId(), "The " + LanguageWords.spoken(relay.language())
                + " interpreter has accepted and is joining the call.");
    }

    /** Queued, or escalated: nobody can take it now, and a relay is never sent to the fallback. */
    public void stillLooking(CallRequest relay) {
        announce(relay, "looking", "No " + LanguageWords.spoken(relay.language()) + " interpreter is free yet. "
                + "The line keeps looking.");
    }

    private void announce(CallRequest relay, String what, String words) {
        if (relay == null || relay.host() == null || relay.cancelled()
                || !ledger.firstTime("relay-announced|" + relay.requestId() + "|" + what)) {
            return;
        }
        log.info("Request {}: relay {} ({}): saying so into the call", relay.host(), relay.spokenReference(), what);
        phones.announce(relay.host(), words, "relay " + relay.spokenReference() + " " + what);
    }
}

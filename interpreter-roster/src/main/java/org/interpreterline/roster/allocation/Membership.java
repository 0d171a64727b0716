package org.interpreterline.roster.allocation;

import org.interpreterline.events.roster.PutInterpreter;
import org.interpreterline.events.roster.RemoveInterpreter;
import org.interpreterline.platform.phone.PhoneMask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who is on the roster: administrators add, update and remove interpreters. A phone belongs to one interpreter of
 * a roster (a text or a call from it must name one person): the allocator, the roster's only writer, refuses a
 * {@code PutInterpreter} that would give one interpreter another's phone, so two administrators racing cannot
 * both win. The refused command changes nothing; the admin API reads that and answers 409.
 */
final class Membership {

    private static final Logger log = LoggerFactory.getLogger(Membership.class);

    private final RosterStores stores;
    private final Bookings bookings;
    private final Matchmaker matchmaker;
    private final Announcer out;

    Membership(RosterStores stores, Bookings bookings, Matchmaker matchmaker, Announcer out) {
        this.stores = stores;
        this.bookings = bookings;
        this.matchmaker = matchmaker;
        this.out = out;
    }

    /** Someone new starts OFFLINE; an update changes the profile and keeps presence. */
    void put(PutInterpreter put, String rosterId) {
        Interpreter holder = holderOf(put.phone(), rosterId);
        if (holder != null && !holder.interpreterId().equals(put.interpreterId())) {
            log.warn("{} for {} refused: phone {} belongs to {}", put.type(), put.interpreterId(),
                    PhoneMask.mask(put.phone()), holder.label());
            return;
        }
        Interpreter existing = stores.interpreter(put.interpreterId());
        if (existing == null) {
            bookings.update(null, Interpreter.joined(put.interpreterId(), rosterId, put.name(), put.phone(),
                    put.languages(), put.tier(), put.rosters(), out.now()), "added to the roster");
            return;
        }
        bookings.update(existing, existing.withProfile(put.name(), put.phone(), put.languages(), put.tier(),
                put.rosters(), out.now()), "profile updated");
        // a language or a roster they did not have before may be waiting for them
        matchmaker.place(put.interpreterId());
    }

    private Interpreter holderOf(String phone, String rosterId) {
        return phone == null ? null : stores.allInterpreters().stream()
                .filter(i -> phone.equals(i.phone()) && rosterId.equals(i.rosterId())).findFirst().orElse(null);
    }

    /** Off the roster: an offer they hold is withdrawn and its request moves on; a call they are on goes on. */
    void remove(RemoveInterpreter remove) {
        Interpreter i = stores.interpreter(remove.interpreterId());
        if (i == null) {
            log.info("RemoveInterpreter for unknown interpreter {} ignored", remove.interpreterId());
            return;
        }
        Offer offer = stores.offer(i.offerId());
        Bookings.Closed closed = offer == null ? null : bookings.withdraw(offer, PresenceRules.INTERPRETER_LEFT);
        bookings.remove(stores.interpreter(i.interpreterId()), "removed from the roster");
        if (closed != null) {
            matchmaker.fill(closed.offer().requestId());
        }
    }
}

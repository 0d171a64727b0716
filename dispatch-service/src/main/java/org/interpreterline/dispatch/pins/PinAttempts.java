package org.interpreterline.dispatch.pins;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.interpreterline.dispatch.DispatchProperties.PinLockout;

/**
 * The wrong PINs one calling number entered lately and whether it is locked out: the value of the
 * {@code pin-attempts} store. The webhook predicts with the same rules what the store will say after its own
 * rejection, so the caller hears the lock-out at the wrong PIN that causes it.
 *
 * @param wrong       wrong PINs within the window, oldest first (emptied when they lock the number out)
 * @param lockedUntil until when the number is not asked for a PIN; null when it never was
 */
record PinAttempts(List<WrongPin> wrong, Instant lockedUntil) {

    /** One wrong PIN; the event id makes a redelivered rejection count once. */
    record WrongPin(Instant at, UUID eventId) {
    }

    static final PinAttempts NONE = new PinAttempts(List.of(), null);

    PinAttempts {
        wrong = wrong == null ? List.of() : List.copyOf(wrong);
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** The state after a wrong PIN at {@code at}: the oldest ones fall out of the window; enough lock it out. */
    PinAttempts rejected(UUID eventId, Instant at, PinLockout limits) {
        if (wrong.stream().anyMatch(w -> w.eventId().equals(eventId))) {
            return this;
        }
        List<WrongPin> recent = new ArrayList<>(within(at, limits));
        recent.add(new WrongPin(at, eventId));
        return recent.size() >= limits.wrongPins() ? new PinAttempts(List.of(), at.plus(limits.duration()))
                : new PinAttempts(recent, lockedUntil);
    }

    /** A right PIN: the wrong ones before it no longer count (a lock-out stands). */
    PinAttempts accepted() {
        return new PinAttempts(List.of(), lockedUntil);
    }

    /** Nothing left to remember at {@code now}: no lock-out, no wrong PIN within the window. */
    boolean forgottenAt(Instant now, PinLockout limits) {
        return !lockedAt(now) && within(now, limits).isEmpty();
    }

    private List<WrongPin> within(Instant now, PinLockout limits) {
        Instant from = now.minus(limits.within());
        return wrong.stream().filter(w -> w.at().isAfter(from)).toList();
    }
}

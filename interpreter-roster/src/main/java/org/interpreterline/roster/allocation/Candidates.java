package org.interpreterline.roster.allocation;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.interpreterline.events.InterpreterStatus;

/**
 * Who may be offered a request, best first: AVAILABLE, speaks the language, not yet tried for it, holds no
 * offer; for a flagged request, those not resting from flagged calls first ({@link Wellbeing}); then lower tier;
 * at night, fewer recent night calls; then whoever has been idle longest, then by id so the choice is repeatable.
 * While a request is offered to the officer's interpreter from last time alone, they are the only candidate.
 */
final class Candidates {

    static final Comparator<Interpreter> ORDER = Comparator.comparingInt(Interpreter::tier)
            .thenComparing(Interpreter::availableSince, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparing(Interpreter::interpreterId);

    /** Statuses of speakers who may still take the request soon; the others are not coming back by themselves. */
    private static final Set<InterpreterStatus> ON_DUTY = EnumSet.of(InterpreterStatus.AVAILABLE,
            InterpreterStatus.OFFERED, InterpreterStatus.ON_CALL, InterpreterStatus.WRAP_UP);

    private final ReadOnlyKeyValueStore<String, Interpreter> interpreters;
    private final RosterStores stores;
    private final WellbeingPolicy wellbeing;

    Candidates(RosterStores stores, WellbeingPolicy wellbeing) {
        this.interpreters = stores.interpreterStore();
        this.stores = stores;
        this.wellbeing = wellbeing;
    }

    /** Everyone who could be offered the request now, best first. */
    List<Interpreter> forRequest(Request request, Instant now) {
        return RosterStores.values(interpreters).stream()
                .filter(i -> i.status() == InterpreterStatus.AVAILABLE && i.offerId() == null)
                .filter(i -> mayTake(i, request) && i.speaks(request.language()))
                .filter(i -> !request.triedBy(i.interpreterId()) && request.openTo(i.interpreterId()))
                .sorted(order(request.details().flagged(), now))
                .toList();
    }

    /**
     * Best first among interpreters free at the same moment: with {@code flagged}, whoever rests from flagged calls
     * last (so they are offered one only when nobody else who could take it is AVAILABLE); at night, among the same
     * tier, fewer recent night calls first.
     */
    Comparator<Interpreter> order(boolean flagged, Instant now) {
        java.util.Map<String, Exposure> seen = new java.util.HashMap<>();
        java.util.function.Function<Interpreter, Exposure> exposure =
                i -> seen.computeIfAbsent(i.interpreterId(), stores::exposure);
        Comparator<Interpreter> order = Comparator.comparing(
                (Interpreter i) -> flagged && exposure.apply(i).resting(wellbeing, now));
        order = order.thenComparingInt(Interpreter::tier);
        if (wellbeing.night(now)) {
            order = order.thenComparingInt(i -> exposure.apply(i).nightCallsWithin(wellbeing, now));
        }
        return order.thenComparing(Interpreter::availableSince,
                        Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
                .thenComparing(Interpreter::interpreterId);
    }

    /** Whether anyone who may take the request speaks its language at all, whatever their presence. */
    boolean anySpeaker(Request request) {
        return RosterStores.values(interpreters).stream()
                .anyMatch(i -> mayTake(i, request) && i.speaks(request.language()));
    }

    /** How many of an agency's roster speak the language, whatever their presence. */
    int speakers(String rosterId, String roster, String language) {
        return (int) RosterStores.values(interpreters).stream()
                .filter(i -> sameRoster(i, rosterId) && i.belongsTo(roster) && i.speaks(language)).count();
    }

    /**
     * Whether a speaker not yet tried could still take the request without anyone switching them on:
     * AVAILABLE, or busy (offered elsewhere, on a call, wrapping up) and so soon free.
     */
    boolean untriedOnDuty(Request request) {
        return RosterStores.values(interpreters).stream()
                .anyMatch(i -> ON_DUTY.contains(i.status()) && mayTake(i, request)
                        && i.speaks(request.language()) && !request.triedBy(i.interpreterId()));
    }

    /**
     * Whether the interpreter may be offered the request: kept by this allocator and one of the request's agency
     * roster. One allocator keeps every roster of the deployment, so an interpreter of two rosters has one status.
     */
    static boolean mayTake(Interpreter interpreter, Request request) {
        return sameRoster(interpreter, request.rosterId()) && interpreter.belongsTo(request.roster());
    }

    static boolean sameRoster(Interpreter interpreter, String rosterId) {
        return java.util.Objects.equals(interpreter.rosterId(), rosterId);
    }
}
